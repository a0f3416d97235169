#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 5, 7];
        assert_eq!(clamp_values(vec![1, 5, 10], 3, 7).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![-5, 0, 5];
        assert_eq!(clamp_values(vec![-10, 0, 10], -5, 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(clamp_values(vec![], 0, 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![4];
        assert_eq!(clamp_values(vec![4], 4, 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![4, 4];
        assert_eq!(clamp_values(vec![1, 9], 4, 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![3, 4, 5];
        assert_eq!(clamp_values(vec![3, 4, 5], 3, 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![-50];
        assert_eq!(clamp_values(vec![-100], -50, -10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![100, 150];
        assert_eq!(clamp_values(vec![100, 200], 0, 150).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![6, 6, 6];
        assert_eq!(clamp_values(vec![7, 7, 7], 0, 6).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(clamp_values(vec![0], 1, 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(clamp_values(vec![1], 5, 4).is_err());
    }

    #[test]
    fn case_12() {
        assert!(clamp_values(vec![], 1, 0).is_err());
    }
}
