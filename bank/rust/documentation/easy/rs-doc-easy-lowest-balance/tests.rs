#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = -10;
        assert_eq!(lowest_balance(100, vec![-30, -80, 50]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 10;
        assert_eq!(lowest_balance(10, vec![5, 5]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(lowest_balance(0, vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 50;
        assert_eq!(lowest_balance(50, vec![]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(lowest_balance(10, vec![-10]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = -15;
        assert_eq!(lowest_balance(-5, vec![10, -20]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = -1;
        assert_eq!(lowest_balance(0, vec![1, -1, -1, 1]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = -50;
        assert_eq!(lowest_balance(100, vec![-50, -50, -50, 200]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = -100;
        assert_eq!(lowest_balance(-100, vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 5;
        assert_eq!(lowest_balance(5, vec![0, 0]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = -1;
        assert_eq!(lowest_balance(1000000, vec![-999999, -2]), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = -11;
        assert_eq!(lowest_balance(3, vec![-1, -1, -1, -1, 10, -20]), expected);
    }
}
