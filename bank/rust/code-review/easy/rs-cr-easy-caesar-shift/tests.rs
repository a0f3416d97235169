#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "bcd".to_string();
        assert_eq!(caesar_shift("abc", 1), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "Khoor, Zruog!".to_string();
        assert_eq!(caesar_shift("Hello, World!", 3), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(caesar_shift("", 5), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "abc".to_string();
        assert_eq!(caesar_shift("xyz", 3), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "ZAB".to_string();
        assert_eq!(caesar_shift("ABC", -1), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "abc".to_string();
        assert_eq!(caesar_shift("abc", 26), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "zab".to_string();
        assert_eq!(caesar_shift("abc", -27), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "c1 d2".to_string();
        assert_eq!(caesar_shift("a1 b2", 2), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "Aa".to_string();
        assert_eq!(caesar_shift("Zz", 1), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "Mixed Case".to_string();
        assert_eq!(caesar_shift("Mixed Case", 0), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "123 !?".to_string();
        assert_eq!(caesar_shift("123 !?", 7), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "uryyb".to_string();
        assert_eq!(caesar_shift("hello", 65), expected);
    }

    #[test]
    fn case_13() {
        let expected: String = "abc".to_string();
        assert_eq!(caesar_shift("abc", -78), expected);
    }
}
