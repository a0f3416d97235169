#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 7];
        assert_eq!(pair_sums(vec![1, 2, 3, 4]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![30, 70, 50];
        assert_eq!(pair_sums(vec![10, 20, 30, 40, 50]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(pair_sums(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![5];
        assert_eq!(pair_sums(vec![5]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![3, 3];
        assert_eq!(pair_sums(vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![0];
        assert_eq!(pair_sums(vec![-1, 1]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![0, 0];
        assert_eq!(pair_sums(vec![0, 0, 0, 0]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![-11, 7];
        assert_eq!(pair_sums(vec![-5, -6, 7]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![0, 6, 10];
        assert_eq!(pair_sums(vec![100, -100, 3, 3, 9, 1]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![8000000000000];
        assert_eq!(pair_sums(vec![4000000000000, 4000000000000]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![4, 2];
        assert_eq!(pair_sums(vec![2, 2, 2]), expected);
    }
}
