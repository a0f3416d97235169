#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 7;
        assert_eq!(evaluate_expression("1 + 2 * 3").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 9;
        assert_eq!(evaluate_expression("(1 + 2) * 3").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 512;
        assert_eq!(evaluate_expression("2 ^ 3 ^ 2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = -4;
        assert_eq!(evaluate_expression("-2^2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 4;
        assert_eq!(evaluate_expression("(-2)^2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = -3;
        assert_eq!(evaluate_expression("-7 / 2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = -1;
        assert_eq!(evaluate_expression("-7 % 2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 1;
        assert_eq!(evaluate_expression("7%-2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 3;
        assert_eq!(evaluate_expression("10 - 4 - 3").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 3;
        assert_eq!(evaluate_expression("--3").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 100;
        assert_eq!(evaluate_expression("100 / 7 * 7 + 100 % 7").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = -6;
        assert_eq!(evaluate_expression("2*-3").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 42;
        assert_eq!(evaluate_expression("  42  ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_14() {
        assert!(evaluate_expression("1 / (3 - 3)").is_err());
    }

    #[test]
    fn case_15() {
        assert!(evaluate_expression("2 * (3 + 4").is_err());
    }

    #[test]
    fn case_16() {
        assert!(evaluate_expression("2 ^ -1").is_err());
    }
}
