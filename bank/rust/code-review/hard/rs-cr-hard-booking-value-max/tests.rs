#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 200;
        assert_eq!(max_booking_value(vec![vec![1, 3, 50], vec![3, 5, 20], vec![6, 19, 100], vec![2, 100, 200]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 0;
        assert_eq!(max_booking_value(vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 5;
        assert_eq!(max_booking_value(vec![vec![0, 10, 5]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 9;
        assert_eq!(max_booking_value(vec![vec![0, 2, 3], vec![2, 4, 3], vec![4, 6, 3], vec![0, 6, 8]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 12;
        assert_eq!(max_booking_value(vec![vec![0, 5, 10], vec![0, 2, 6], vec![3, 5, 6]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 7;
        assert_eq!(max_booking_value(vec![vec![1, 2, 4], vec![1, 2, 7]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 0;
        assert_eq!(max_booking_value(vec![vec![0, 1, 0]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 12;
        assert_eq!(max_booking_value(vec![vec![0, 100, 10], vec![10, 20, 4], vec![30, 40, 4], vec![50, 60, 4]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 6;
        assert_eq!(max_booking_value(vec![vec![5, 9, 4], vec![1, 9, 6], vec![7, 9, 3], vec![0, 5, 2]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 6;
        assert_eq!(max_booking_value(vec![vec![-10, -2, 3], vec![-2, 4, 3], vec![-5, 0, 5]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 150;
        assert_eq!(max_booking_value(vec![vec![15, 19, 13], vec![32, 41, 4], vec![32, 36, 25], vec![17, 25, 4], vec![35, 41, 11], vec![25, 34, 19], vec![34, 38, 4], vec![38, 47, 22], vec![9, 12, 4], vec![36, 37, 25], vec![2, 7, 25], vec![19, 22, 4], vec![17, 26, 22], vec![22, 25, 14], vec![10, 13, 22], vec![3, 6, 21]]), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 31;
        assert_eq!(max_booking_value(vec![vec![2, 6, 8], vec![8, 9, 5], vec![3, 6, 9], vec![1, 5, 7], vec![2, 5, 3], vec![11, 12, 8], vec![0, 1, 2], vec![5, 8, 6], vec![12, 13, 3], vec![8, 10, 2], vec![6, 10, 4], vec![2, 4, 4]]), expected);
    }
}
