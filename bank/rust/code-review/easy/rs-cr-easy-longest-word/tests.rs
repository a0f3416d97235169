#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "quick".to_string();
        assert_eq!(longest_word("the quick brown fox"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "ccc".to_string();
        assert_eq!(longest_word("a bb ccc"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(longest_word(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "".to_string();
        assert_eq!(longest_word("   "), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "single".to_string();
        assert_eq!(longest_word("single"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "trail".to_string();
        assert_eq!(longest_word("  lead trail  "), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "ab".to_string();
        assert_eq!(longest_word("ab cd"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "yy".to_string();
        assert_eq!(longest_word("x yy zz"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "there!".to_string();
        assert_eq!(longest_word("hi, there!"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "three".to_string();
        assert_eq!(longest_word("one  two   three"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "aaa".to_string();
        assert_eq!(longest_word("aaa bbb c"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "a".to_string();
        assert_eq!(longest_word("a"), expected);
    }
}
