#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 2, 3, 8];
        assert_eq!(rising_chain(vec![5, 1, 6, 2, 7, 3, 8]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![];
        assert_eq!(rising_chain(vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![4];
        assert_eq!(rising_chain(vec![4, 4, 4]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![7];
        assert_eq!(rising_chain(vec![9, 8, 7]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![1, 2, 3];
        assert_eq!(rising_chain(vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![1, 2, 4, 5];
        assert_eq!(rising_chain(vec![3, 1, 2, 4, 0, 5]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![-3, -2, 0];
        assert_eq!(rising_chain(vec![-3, -1, -2, 0]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![1, 2, 4];
        assert_eq!(rising_chain(vec![1, 3, 3, 2, 4]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![1, 3, 4, 7];
        assert_eq!(rising_chain(vec![2, 1, 5, 3, 6, 4, 7]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![10, 20, 30];
        assert_eq!(rising_chain(vec![10, 20, 30, 1, 2]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![1, 2, 9];
        assert_eq!(rising_chain(vec![7, 1, 8, 2, 9]), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![-18, -11, 0, 11, 14, 17, 18];
        assert_eq!(rising_chain(vec![-5, -13, 19, -18, 14, -3, 20, 2, -11, -20, 0, 17, 16, 11, -12, 14, -6, 10, 17, -12, 18, 12, -2, -15, 6, -10, -12, 17, -1, 12]), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![1, 6, 44, 45, 57, 59, 73, 75, 76];
        assert_eq!(rising_chain(vec![52, 49, 19, 66, 25, 48, 1, 13, 49, 9, 6, 44, 82, 45, 98, 3, 3, 65, 60, 41, 87, 38, 57, 41, 15, 63, 59, 73, 79, 21, 19, 75, 66, 26, 55, 79, 43, 58, 76, 29]), expected);
    }
}
