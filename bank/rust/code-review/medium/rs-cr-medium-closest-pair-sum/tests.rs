#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 10];
        assert_eq!(closest_pair_sum(vec![1, 4, 7, 10], 12), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![-5, 3];
        assert_eq!(closest_pair_sum(vec![-5, 3, 8, 1], 0), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(closest_pair_sum(vec![5], 3), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![];
        assert_eq!(closest_pair_sum(vec![], 0), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![2, 2];
        assert_eq!(closest_pair_sum(vec![2, 2], 10), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![2, 4];
        assert_eq!(closest_pair_sum(vec![1, 2, 3, 4], 6), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![1, 5];
        assert_eq!(closest_pair_sum(vec![1, 3, 5, 7], 7), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![20, 30];
        assert_eq!(closest_pair_sum(vec![10, 20, 30], 100), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![10, 20];
        assert_eq!(closest_pair_sum(vec![10, 20, 30], -100), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![4, 4];
        assert_eq!(closest_pair_sum(vec![4, 4, 4], 8), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![-2, 2];
        assert_eq!(closest_pair_sum(vec![0, -1, 1, 2, -2], 0), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![1, 7];
        assert_eq!(closest_pair_sum(vec![7, 1], 8), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![-4, 9];
        assert_eq!(closest_pair_sum(vec![3, 9, -4, 6, 0], 5), expected);
    }
}
