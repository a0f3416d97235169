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

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["tiny".to_string(), "enormousword".to_string(), "x".to_string()];
        assert_eq!(wrap_words("tiny enormousword x", 6), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(wrap_words("", 5), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec![];
        assert_eq!(wrap_words("   ", 3), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["hello".to_string()];
        assert_eq!(wrap_words("hello", 5), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["hello".to_string()];
        assert_eq!(wrap_words("hello", 3), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["a b".to_string(), "c d".to_string()];
        assert_eq!(wrap_words("a b c d", 3), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["lots of".to_string(), "space".to_string()];
        assert_eq!(wrap_words("  lots   of    space  ", 8), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["aa bb".to_string(), "cc".to_string()];
        assert_eq!(wrap_words("aa bb cc", 5), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["aa".to_string(), "bb".to_string(), "cc".to_string()];
        assert_eq!(wrap_words("aa bb cc", 4), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["one two three".to_string(), "four five six".to_string()];
        assert_eq!(wrap_words("one two three four five six", 14), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<String> = vec!["x".to_string(), "y".to_string()];
        assert_eq!(wrap_words("x y", 1), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<String> = vec!["ab cd ef".to_string()];
        assert_eq!(wrap_words("ab cd ef", 100), expected);
    }

    #[test]
    fn case_14() {
        let expected: Vec<String> = vec!["go".to_string(), "longwordhere".to_string(), "ok no".to_string()];
        assert_eq!(wrap_words("go longwordhere ok no", 5), expected);
    }
}
