#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_sign_changes(vec![1, -1, 1]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 3;
        assert_eq!(count_sign_changes(vec![3, -3, 0, 3, -3]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(count_sign_changes(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(count_sign_changes(vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(count_sign_changes(vec![0, 0]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(count_sign_changes(vec![5]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 1;
        assert_eq!(count_sign_changes(vec![1, 0, -1]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 0;
        assert_eq!(count_sign_changes(vec![-1, 0, 0, -2]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 1;
        assert_eq!(count_sign_changes(vec![-5, 5]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 1;
        assert_eq!(count_sign_changes(vec![0, -1, 0, 1, 0]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 3;
        assert_eq!(count_sign_changes(vec![1, -1, -1, 1, 1, -1]), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 2;
        assert_eq!(count_sign_changes(vec![-2, -3, 4, 5, -6]), expected);
    }
}
