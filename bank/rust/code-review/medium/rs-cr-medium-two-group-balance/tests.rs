#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 1;
        assert_eq!(min_split_difference(vec![1, 6, 11, 5]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 7;
        assert_eq!(min_split_difference(vec![10, 1, 1, 1]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(min_split_difference(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 7;
        assert_eq!(min_split_difference(vec![7]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(min_split_difference(vec![3, 3]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(min_split_difference(vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 1;
        assert_eq!(min_split_difference(vec![2, 2, 2, 2, 3]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 0;
        assert_eq!(min_split_difference(vec![0, 0, 0]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 1;
        assert_eq!(min_split_difference(vec![8, 6, 5, 4]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 94;
        assert_eq!(min_split_difference(vec![100, 99, 98, 1, 2]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 5;
        assert_eq!(min_split_difference(vec![5, 5, 5, 5, 5, 5, 5]), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 1;
        assert_eq!(min_split_difference(vec![1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 20]), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 4;
        assert_eq!(min_split_difference(vec![13, 27, 31, 4, 9, 18]), expected);
    }

    #[test]
    fn case_14() {
        let expected: i64 = 0;
        assert_eq!(min_split_difference(vec![1000000000000, 1, 999999999999]), expected);
    }
}
