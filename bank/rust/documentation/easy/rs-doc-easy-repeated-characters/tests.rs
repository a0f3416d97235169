#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "rgm".to_string();
        assert_eq!(repeated_characters("programming"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "an".to_string();
        assert_eq!(repeated_characters("banana"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(repeated_characters("abc"), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "".to_string();
        assert_eq!(repeated_characters(""), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "a".to_string();
        assert_eq!(repeated_characters("aa"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "".to_string();
        assert_eq!(repeated_characters("aA"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = " ".to_string();
        assert_eq!(repeated_characters("a b c"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "123".to_string();
        assert_eq!(repeated_characters("112233"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "abc".to_string();
        assert_eq!(repeated_characters("abcabc"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "z".to_string();
        assert_eq!(repeated_characters("zzzz"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "lo".to_string();
        assert_eq!(repeated_characters("hello world"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "isp".to_string();
        assert_eq!(repeated_characters("Mississippi"), expected);
    }
}
