#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "a1b2c3".to_string();
        assert_eq!(interleave_strings("abc", "123"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "awbxyz".to_string();
        assert_eq!(interleave_strings("ab", "wxyz"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(interleave_strings("", ""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "abc".to_string();
        assert_eq!(interleave_strings("abc", ""), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "xy".to_string();
        assert_eq!(interleave_strings("", "xy"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "ab".to_string();
        assert_eq!(interleave_strings("a", "b"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "h-ello".to_string();
        assert_eq!(interleave_strings("hello", "-"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = " a b".to_string();
        assert_eq!(interleave_strings("  ", "ab"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "ababa".to_string();
        assert_eq!(interleave_strings("aaa", "bb"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "13245".to_string();
        assert_eq!(interleave_strings("12", "345"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "xXyYzZ".to_string();
        assert_eq!(interleave_strings("xyz", "XYZ"), expected);
    }
}
