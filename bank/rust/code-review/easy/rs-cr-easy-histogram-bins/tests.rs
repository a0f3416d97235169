#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![2, 1, 1];
        assert_eq!(histogram_bins(vec![1, 2, 11, 25], 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![1, 2];
        assert_eq!(histogram_bins(vec![0, 5, 9], 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(histogram_bins(vec![], 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(histogram_bins(vec![0], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![0, 0, 0, 0, 0, 0, 0, 1];
        assert_eq!(histogram_bins(vec![7], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![0, 0, 0, 1];
        assert_eq!(histogram_bins(vec![30], 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![3];
        assert_eq!(histogram_bins(vec![9, 9, 9], 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![0, 1];
        assert_eq!(histogram_bins(vec![10], 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![2, 1, 2];
        assert_eq!(histogram_bins(vec![3, 1, 4, 1, 5], 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![1, 0, 1];
        assert_eq!(histogram_bins(vec![0, 100], 50).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(histogram_bins(vec![1], 0).is_err());
    }

    #[test]
    fn case_12() {
        assert!(histogram_bins(vec![1, -1], 5).is_err());
    }

    #[test]
    fn case_13() {
        assert!(histogram_bins(vec![], -1).is_err());
    }
}
