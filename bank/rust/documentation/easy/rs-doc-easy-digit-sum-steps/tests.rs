#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 3;
        assert_eq!(digit_sum_steps(9875), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 2;
        assert_eq!(digit_sum_steps(19), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(digit_sum_steps(0), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(digit_sum_steps(7), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(digit_sum_steps(10), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 2;
        assert_eq!(digit_sum_steps(99), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 3;
        assert_eq!(digit_sum_steps(199), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 2;
        assert_eq!(digit_sum_steps(-38), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 0;
        assert_eq!(digit_sum_steps(-5), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 1;
        assert_eq!(digit_sum_steps(100000), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 2;
        assert_eq!(digit_sum_steps(999999999999999), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 3;
        assert_eq!(digit_sum_steps(1999999999999999), expected);
    }
}
