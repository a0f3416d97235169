#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 5;
        assert_eq!(shared_busy_time(vec![vec![0, 10]], vec![vec![5, 15]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 4;
        assert_eq!(shared_busy_time(vec![vec![1, 3], vec![5, 7], vec![9, 11]], vec![vec![2, 10]]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(shared_busy_time(vec![], vec![vec![0, 5]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(shared_busy_time(vec![vec![0, 5]], vec![]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(shared_busy_time(vec![vec![0, 5]], vec![vec![5, 10]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 15;
        assert_eq!(shared_busy_time(vec![vec![0, 10], vec![5, 15]], vec![vec![0, 20]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 5;
        assert_eq!(shared_busy_time(vec![vec![0, 10], vec![2, 4]], vec![vec![3, 8]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 4;
        assert_eq!(shared_busy_time(vec![vec![20, 30], vec![0, 10]], vec![vec![8, 22]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 25;
        assert_eq!(shared_busy_time(vec![vec![0, 100]], vec![vec![10, 20], vec![15, 25], vec![50, 60]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 5;
        assert_eq!(shared_busy_time(vec![vec![-5, 5]], vec![vec![-10, 0]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 4;
        assert_eq!(shared_busy_time(vec![vec![0, 4], vec![4, 8]], vec![vec![2, 6]]), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 1;
        assert_eq!(shared_busy_time(vec![vec![1, 2]], vec![vec![1, 2]]), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 0;
        assert_eq!(shared_busy_time(vec![vec![0, 3], vec![6, 9]], vec![vec![3, 6]]), expected);
    }

    #[test]
    fn case_14() {
        let expected: i64 = 17;
        assert_eq!(shared_busy_time(vec![vec![0, 10], vec![20, 30], vec![40, 50]], vec![vec![5, 25], vec![28, 45]]), expected);
    }
}
