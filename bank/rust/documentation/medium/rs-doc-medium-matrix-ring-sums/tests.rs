#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![40, 5];
        assert_eq!(ring_sums(vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![12, 8];
        assert_eq!(ring_sums(vec![vec![1, 1, 1, 1], vec![1, 2, 2, 1], vec![1, 2, 2, 1], vec![1, 1, 1, 1]]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(ring_sums(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![];
        assert_eq!(ring_sums(vec![vec![]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![7];
        assert_eq!(ring_sums(vec![vec![7]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![10];
        assert_eq!(ring_sums(vec![vec![1, 2, 3, 4]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![6];
        assert_eq!(ring_sums(vec![vec![1], vec![2], vec![3]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![10];
        assert_eq!(ring_sums(vec![vec![1, 2], vec![3, 4]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![96, 24];
        assert_eq!(ring_sums(vec![vec![1, 2, 3, 4, 5], vec![6, 7, 8, 9, 10], vec![11, 12, 13, 14, 15]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![96, 24];
        assert_eq!(ring_sums(vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9], vec![10, 11, 12], vec![13, 14, 15]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![208, 104, 13];
        assert_eq!(ring_sums(vec![vec![1, 2, 3, 4, 5], vec![6, 7, 8, 9, 10], vec![11, 12, 13, 14, 15], vec![16, 17, 18, 19, 20], vec![21, 22, 23, 24, 25]]), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![6];
        assert_eq!(ring_sums(vec![vec![-1, -1], vec![-1, -1], vec![5, 5]]), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![0, 36];
        assert_eq!(ring_sums(vec![vec![0, 0, 0, 0, 0, 0], vec![0, 1, 2, 3, 4, 0], vec![0, 5, 6, 7, 8, 0], vec![0, 0, 0, 0, 0, 0]]), expected);
    }
}
