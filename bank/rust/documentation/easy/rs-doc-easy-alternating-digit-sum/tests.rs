#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = -2;
        assert_eq!(alternating_digit_sum(1234), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 18;
        assert_eq!(alternating_digit_sum(909), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(alternating_digit_sum(0), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 5;
        assert_eq!(alternating_digit_sum(5), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(alternating_digit_sum(10), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 8;
        assert_eq!(alternating_digit_sum(91), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 0;
        assert_eq!(alternating_digit_sum(-132), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 1;
        assert_eq!(alternating_digit_sum(1000000), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 0;
        assert_eq!(alternating_digit_sum(121), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 36;
        assert_eq!(alternating_digit_sum(9090909), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 7;
        assert_eq!(alternating_digit_sum(-7), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 5;
        assert_eq!(alternating_digit_sum(123456789), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 0;
        assert_eq!(alternating_digit_sum(11), expected);
    }
}
