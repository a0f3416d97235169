#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["the quick".to_string(), "brown fox".to_string()];
        assert_eq!(wrap_words("the quick brown fox", 10), expected);
    }
}
