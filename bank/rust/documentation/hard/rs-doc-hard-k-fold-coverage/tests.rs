#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 4;
        assert_eq!(covered_at_least(vec![vec![1, 5], vec![2, 7], vec![6, 9]], 2), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 8;
        assert_eq!(covered_at_least(vec![vec![1, 5], vec![2, 7], vec![6, 9]], 1), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(covered_at_least(vec![vec![1, 5], vec![2, 7], vec![6, 9]], 3), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(covered_at_least(vec![], 1), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(covered_at_least(vec![vec![0, 2], vec![2, 4]], 2), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 4;
        assert_eq!(covered_at_least(vec![vec![0, 2], vec![2, 4]], 1), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 5;
        assert_eq!(covered_at_least(vec![vec![3, 8], vec![3, 8], vec![3, 8]], 3), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 2;
        assert_eq!(covered_at_least(vec![vec![-5, -1], vec![-3, 2]], 2), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 6;
        assert_eq!(covered_at_least(vec![vec![0, 10], vec![2, 3], vec![4, 6], vec![5, 9]], 2), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 1;
        assert_eq!(covered_at_least(vec![vec![0, 10], vec![2, 3], vec![4, 6], vec![5, 9]], 3), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 0;
        assert_eq!(covered_at_least(vec![vec![0, 1]], 5), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 24;
        assert_eq!(covered_at_least(vec![vec![21, 25], vec![13, 16], vec![24, 38], vec![17, 29], vec![17, 25], vec![13, 25], vec![3, 8], vec![30, 42], vec![18, 33], vec![25, 35], vec![20, 22], vec![3, 15], vec![2, 4], vec![-5, 1], vec![29, 41]], 3), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 2561;
        assert_eq!(covered_at_least(vec![vec![1294, 1412], vec![1410, 1619], vec![3551, 3745], vec![3505, 3537], vec![4480, 5475], vec![1186, 1850], vec![2201, 2496], vec![2991, 3399], vec![78, 567], vec![4268, 4740], vec![2237, 3098], vec![2901, 3401], vec![1130, 1241], vec![1179, 1753], vec![1823, 2816], vec![2940, 3407], vec![3091, 3715], vec![4858, 4908], vec![4589, 4924], vec![2087, 3078]], 2), expected);
    }
}
