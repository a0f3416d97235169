#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_in_range(vec![1, 5, 10, 15], 5, 10), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 3;
        assert_eq!(count_in_range(vec![5, 4, 3, 2, 1], 2, 4), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(count_in_range(vec![], 0, 10), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 1;
        assert_eq!(count_in_range(vec![3], 3, 3), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(count_in_range(vec![3], 4, 5), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(count_in_range(vec![1, 2, 3], 3, 1), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 2;
        assert_eq!(count_in_range(vec![-5, -3, 0, 3], -4, 0), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 3;
        assert_eq!(count_in_range(vec![7, 7, 7], 7, 7), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 5;
        assert_eq!(count_in_range(vec![1, 2, 3, 4, 5], -100, 100), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 0;
        assert_eq!(count_in_range(vec![10, 20], 11, 19), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 1;
        assert_eq!(count_in_range(vec![0, 1, 2], 0, 0), expected);
    }
}
