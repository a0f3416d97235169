#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 14;
        assert_eq!(run_postfix(vec!["3".to_string(), "4".to_string(), "+".to_string(), "2".to_string(), "*".to_string()]).expect("unexpected Err"), expected);
    }
}
