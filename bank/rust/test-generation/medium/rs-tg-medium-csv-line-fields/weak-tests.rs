#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(split_csv_line("a,b,c").expect("unexpected Err"), expected);
    }
}
