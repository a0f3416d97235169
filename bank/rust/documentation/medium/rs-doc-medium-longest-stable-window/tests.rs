#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 4;
        assert_eq!(longest_stable_window(vec![3, 5, 4, 9, 8, 8, 10], 2), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 3;
        assert_eq!(longest_stable_window(vec![1, 1, 1, 2, 1], 0), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(longest_stable_window(vec![], 5), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 1;
        assert_eq!(longest_stable_window(vec![7], 0), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 5;
        assert_eq!(longest_stable_window(vec![1, 2, 3, 4, 5], 10), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 1;
        assert_eq!(longest_stable_window(vec![1, 10, 1, 10], 5), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 2;
        assert_eq!(longest_stable_window(vec![5, 4, 3, 2, 1], 1), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 4;
        assert_eq!(longest_stable_window(vec![-3, -1, -2, 4, 5, 3, 6], 3), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 4;
        assert_eq!(longest_stable_window(vec![2, 2, 2, 2], 0), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 6;
        assert_eq!(longest_stable_window(vec![1, 3, 1, 3, 1, 3, 8], 2), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 3;
        assert_eq!(longest_stable_window(vec![10, 1, 2, 3, 10, 11, 12], 2), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 2;
        assert_eq!(longest_stable_window(vec![0, 100, 0, 100, 50], 50), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 4;
        assert_eq!(longest_stable_window(vec![4, 6, 5, 7, 3, 5, 6, 4, 8], 3), expected);
    }
}
