#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["1-2-3".to_string(), "1-23".to_string(), "12-3".to_string()];
        assert_eq!(split_in_range("123", 1, 99), expected);
    }
}
