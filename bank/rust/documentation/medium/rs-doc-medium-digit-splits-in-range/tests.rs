#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["1-2-3".to_string(), "1-23".to_string(), "12-3".to_string()];
        assert_eq!(split_in_range("123", 1, 99), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["1-0-0".to_string(), "10-0".to_string(), "100".to_string()];
        assert_eq!(split_in_range("100", 0, 100), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(split_in_range("", 0, 10), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["0".to_string()];
        assert_eq!(split_in_range("0", 0, 0), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["10-5".to_string(), "105".to_string()];
        assert_eq!(split_in_range("105", 1, 200), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec![];
        assert_eq!(split_in_range("999", 1000, 2000), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["2-4-6-8".to_string()];
        assert_eq!(split_in_range("2468", 2, 8), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["1-1-1-1".to_string(), "1-1-11".to_string(), "1-11-1".to_string(), "11-1-1".to_string(), "11-11".to_string()];
        assert_eq!(split_in_range("1111", 1, 11), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["0-0-7".to_string()];
        assert_eq!(split_in_range("007", 0, 7), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["2-5-5-2-5".to_string(), "2-5-5-25".to_string(), "2-5-52-5".to_string(), "2-55-2-5".to_string(), "2-55-25".to_string(), "25-5-2-5".to_string(), "25-5-25".to_string(), "25-52-5".to_string(), "255-2-5".to_string(), "255-25".to_string()];
        assert_eq!(split_in_range("25525", 0, 255), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec![];
        assert_eq!(split_in_range("5", 6, 9), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<String> = vec!["10".to_string()];
        assert_eq!(split_in_range("10", 10, 10), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<String> = vec!["999999999999".to_string()];
        assert_eq!(split_in_range("999999999999", 999999999999, 999999999999), expected);
    }
}
