#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 3;
        assert_eq!(longest_rising_streak(vec![1, 2, 3, 1, 2]), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 4;
        assert_eq!(longest_rising_streak(vec![1, 2, 2, 3, 4, 5]), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(longest_rising_streak(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 1;
        assert_eq!(longest_rising_streak(vec![5]), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(longest_rising_streak(vec![3, 3, 3]), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 1;
        assert_eq!(longest_rising_streak(vec![5, 4, 3, 2]), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 4;
        assert_eq!(longest_rising_streak(vec![-3, -2, -1, 0]), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 4;
        assert_eq!(longest_rising_streak(vec![1, 3, 2, 4, 6, 8, 7]), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 2;
        assert_eq!(longest_rising_streak(vec![10, 11]), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 3;
        assert_eq!(longest_rising_streak(vec![2, 1, 2, 1, 2, 3]), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 2;
        assert_eq!(longest_rising_streak(vec![0, 1, 0, 1, 0, 1]), expected);
    }
}
