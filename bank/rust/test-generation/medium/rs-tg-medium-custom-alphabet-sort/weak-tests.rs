#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["cab".to_string(), "bca".to_string(), "abc".to_string()];
        assert_eq!(sort_by_alphabet(vec!["bca".to_string(), "abc".to_string(), "cab".to_string()], "cba").expect("unexpected Err"), expected);
    }
}
