#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "ff".to_string();
        assert_eq!(convert_base("255", 10, 16).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "11111111".to_string();
        assert_eq!(convert_base("ff", 16, 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "255".to_string();
        assert_eq!(convert_base("FF", 16, 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "-10".to_string();
        assert_eq!(convert_base("-1010", 2, 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "0".to_string();
        assert_eq!(convert_base("0", 10, 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "0".to_string();
        assert_eq!(convert_base("-0", 10, 7).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "123".to_string();
        assert_eq!(convert_base("000123", 10, 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "35".to_string();
        assert_eq!(convert_base("z", 36, 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "z".to_string();
        assert_eq!(convert_base("35", 10, 36).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "lfls".to_string();
        assert_eq!(convert_base("1000000", 10, 36).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "1fffffffffffff".to_string();
        assert_eq!(convert_base("9007199254740991", 10, 16).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "110".to_string();
        assert_eq!(convert_base("12", 10, 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        assert!(convert_base("12", 1, 10).is_err());
    }

    #[test]
    fn case_14() {
        assert!(convert_base("19", 8, 10).is_err());
    }

    #[test]
    fn case_15() {
        assert!(convert_base("-", 10, 2).is_err());
    }
}
