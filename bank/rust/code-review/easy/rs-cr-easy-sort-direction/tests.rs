#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "ascending".to_string();
        assert_eq!(sort_direction(vec![1, 2, 2, 5]), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "descending".to_string();
        assert_eq!(sort_direction(vec![9, 4, 4, 1]), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "constant".to_string();
        assert_eq!(sort_direction(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "constant".to_string();
        assert_eq!(sort_direction(vec![3]), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "constant".to_string();
        assert_eq!(sort_direction(vec![7, 7, 7]), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "mixed".to_string();
        assert_eq!(sort_direction(vec![1, 3, 2]), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "ascending".to_string();
        assert_eq!(sort_direction(vec![1, 1, 2]), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "descending".to_string();
        assert_eq!(sort_direction(vec![2, 1, 1]), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "mixed".to_string();
        assert_eq!(sort_direction(vec![5, 5, 4, 5]), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "ascending".to_string();
        assert_eq!(sort_direction(vec![-10, 0, 10]), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "mixed".to_string();
        assert_eq!(sort_direction(vec![1, 2, 1, 2]), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "descending".to_string();
        assert_eq!(sort_direction(vec![0, -1]), expected);
    }
}
