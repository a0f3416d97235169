#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![4, 5, 1, 2, 3];
        assert_eq!(rotate_list(vec![1, 2, 3, 4, 5], 2), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![3, 4, 5, 1, 2];
        assert_eq!(rotate_list(vec![1, 2, 3, 4, 5], -2), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(rotate_list(vec![], 3), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![7];
        assert_eq!(rotate_list(vec![7], 100), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![1, 2, 3];
        assert_eq!(rotate_list(vec![1, 2, 3], 0), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![1, 2, 3];
        assert_eq!(rotate_list(vec![1, 2, 3], 3), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![3, 1, 2];
        assert_eq!(rotate_list(vec![1, 2, 3], 4), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![2, 3, 1];
        assert_eq!(rotate_list(vec![1, 2, 3], -4), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![6, 5, 5];
        assert_eq!(rotate_list(vec![5, 5, 6], 1), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![0, 1, 2, -1];
        assert_eq!(rotate_list(vec![-1, 0, 1, 2], 7), expected);
    }
}
