#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 0, 3], vec![2, 3, 4], vec![1, 4, 6]];
        assert_eq!(dispatch_jobs(vec![vec![0, 3, 1], vec![1, 2, 5], vec![2, 1, 9]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(dispatch_jobs(vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 5, 7]];
        assert_eq!(dispatch_jobs(vec![vec![5, 2, 1]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 0, 1], vec![1, 1, 2], vec![2, 2, 3]];
        assert_eq!(dispatch_jobs(vec![vec![0, 1, 1], vec![0, 1, 1], vec![0, 1, 1]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 0, 5], vec![2, 5, 6], vec![0, 6, 7]];
        assert_eq!(dispatch_jobs(vec![vec![2, 1, 3], vec![0, 5, 0], vec![1, 1, 3]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Vec<i64>> = vec![vec![2, 3, 4], vec![1, 10, 12], vec![0, 12, 14]];
        assert_eq!(dispatch_jobs(vec![vec![10, 2, 1], vec![10, 2, 4], vec![3, 1, 0]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 0, 2], vec![1, 2, 3], vec![2, 3, 4]];
        assert_eq!(dispatch_jobs(vec![vec![0, 2, 0], vec![2, 1, 5], vec![3, 1, 9]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 0, 1], vec![0, 1, 2]];
        assert_eq!(dispatch_jobs(vec![vec![0, 1, -5], vec![0, 1, -1]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 0, 6], vec![2, 6, 7], vec![0, 7, 9], vec![3, 9, 12], vec![4, 20, 21]];
        assert_eq!(dispatch_jobs(vec![vec![4, 2, 2], vec![0, 6, 1], vec![1, 1, 7], vec![4, 3, 2], vec![20, 1, 0]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1, 3], vec![7, 4, 8], vec![6, 8, 10], vec![3, 10, 12], vec![4, 12, 16], vec![8, 16, 21], vec![5, 21, 25], vec![1, 25, 29], vec![2, 29, 31], vec![9, 31, 32]];
        assert_eq!(dispatch_jobs(vec![vec![1, 2, 1], vec![23, 4, 2], vec![25, 2, 2], vec![10, 2, 2], vec![11, 4, 3], vec![17, 4, 2], vec![6, 2, 3], vec![4, 4, 0], vec![11, 5, 3], vec![25, 1, 1]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<Vec<i64>> = vec![vec![3, 0, 3], vec![8, 3, 6], vec![10, 6, 7], vec![5, 7, 9], vec![0, 9, 11], vec![11, 11, 12], vec![9, 12, 15], vec![1, 15, 18], vec![6, 18, 21], vec![2, 21, 24], vec![4, 24, 27], vec![7, 27, 28]];
        assert_eq!(dispatch_jobs(vec![vec![1, 2, 0], vec![8, 3, 0], vec![2, 3, -2], vec![0, 3, -1], vec![4, 3, -2], vec![6, 2, 2], vec![8, 3, -1], vec![8, 1, -2], vec![2, 3, 1], vec![5, 3, 0], vec![4, 1, 2], vec![3, 1, 0]]), expected);
    }
}
