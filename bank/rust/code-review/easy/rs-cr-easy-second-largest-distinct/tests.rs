#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Option<i64> = Some(7);
        assert_eq!(second_largest_distinct(vec![4, 1, 9, 7]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Option<i64> = Some(8);
        assert_eq!(second_largest_distinct(vec![9, 9, 8, 8]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Option<i64> = None;
        assert_eq!(second_largest_distinct(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Option<i64> = None;
        assert_eq!(second_largest_distinct(vec![8]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Option<i64> = None;
        assert_eq!(second_largest_distinct(vec![2, 2, 2]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Option<i64> = Some(3);
        assert_eq!(second_largest_distinct(vec![5, 5, 3]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Option<i64> = Some(-3);
        assert_eq!(second_largest_distinct(vec![-1, -5, -3]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Option<i64> = Some(1);
        assert_eq!(second_largest_distinct(vec![1, 2]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Option<i64> = Some(2);
        assert_eq!(second_largest_distinct(vec![3, 1, 3, 2]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Option<i64> = Some(-9007199254740991);
        assert_eq!(second_largest_distinct(vec![0, -9007199254740991]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Option<i64> = Some(9);
        assert_eq!(second_largest_distinct(vec![10, 10, 10, 9]), expected);
    }
}
