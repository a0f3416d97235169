#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 2];
        assert_eq!(choose_cargo(vec![3, 4, 5], vec![30, 50, 60], 8), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![0, 1];
        assert_eq!(choose_cargo(vec![2, 3, 5], vec![10, 10, 20], 5), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![1, 2, 3];
        assert_eq!(choose_cargo(vec![4, 1, 1, 1], vec![9, 3, 3, 3], 4), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![];
        assert_eq!(choose_cargo(vec![1, 2], vec![5, 5], 0), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![];
        assert_eq!(choose_cargo(vec![], vec![], 10), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![];
        assert_eq!(choose_cargo(vec![1, 1], vec![0, 0], 5), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![0, 1, 2];
        assert_eq!(choose_cargo(vec![1, 2, 3], vec![1, 2, 3], 100), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![];
        assert_eq!(choose_cargo(vec![5, 6], vec![10, 10], 4), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![0, 1, 3];
        assert_eq!(choose_cargo(vec![3, 1, 2, 1, 2], vec![6, 2, 4, 2, 4], 5), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![0, 1];
        assert_eq!(choose_cargo(vec![3, 1, 2, 1, 2], vec![6, 2, 4, 2, 4], 4), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![0];
        assert_eq!(choose_cargo(vec![3, 1, 2, 1, 2], vec![6, 2, 4, 2, 4], 3), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![0, 4, 6, 7, 8, 9];
        assert_eq!(choose_cargo(vec![9, 8, 7, 7, 4, 5, 5, 1, 1, 3, 8, 9], vec![15, 11, 6, 8, 15, 14, 16, 15, 13, 17, 1, 9], 25), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![2, 4, 9, 10, 12];
        assert_eq!(choose_cargo(vec![3, 4, 1, 4, 3, 4, 2, 4, 4, 1, 3, 4, 3, 1], vec![1, 3, 2, 1, 2, 1, 1, 1, 2, 3, 3, 1, 3, 1], 11), expected);
    }
}
