#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 6;
        assert_eq!(weighted_check_digit("305").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 0;
        assert_eq!(weighted_check_digit("123").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 6;
        assert_eq!(weighted_check_digit("4").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(weighted_check_digit("0").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(weighted_check_digit("9").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 6;
        assert_eq!(weighted_check_digit("12").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 0;
        assert_eq!(weighted_check_digit("0000").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 6;
        assert_eq!(weighted_check_digit("1000").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 0;
        assert_eq!(weighted_check_digit("5555").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 3;
        assert_eq!(weighted_check_digit("271828").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 4;
        assert_eq!(weighted_check_digit("11111111111").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(weighted_check_digit("").is_err());
    }

    #[test]
    fn case_13() {
        assert!(weighted_check_digit("12a4").is_err());
    }

    #[test]
    fn case_14() {
        assert!(weighted_check_digit("1 2").is_err());
    }
}
