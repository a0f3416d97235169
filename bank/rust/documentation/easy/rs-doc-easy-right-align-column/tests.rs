#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["  1".to_string(), " 22".to_string(), "333".to_string()];
        assert_eq!(right_align(vec!["1".to_string(), "22".to_string(), "333".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["apple".to_string(), "  fig".to_string()];
        assert_eq!(right_align(vec!["apple".to_string(), "fig".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(right_align(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["".to_string()];
        assert_eq!(right_align(vec!["".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["x".to_string()];
        assert_eq!(right_align(vec!["x".to_string()]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["".to_string(), "".to_string()];
        assert_eq!(right_align(vec!["".to_string(), "".to_string()]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["  ".to_string(), "ab".to_string()];
        assert_eq!(right_align(vec!["".to_string(), "ab".to_string()]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["same".to_string(), "size".to_string()];
        assert_eq!(right_align(vec!["same".to_string(), "size".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec![" a".to_string(), " b".to_string()];
        assert_eq!(right_align(vec![" a".to_string(), "b".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec![" 10".to_string(), "  9".to_string(), "100".to_string()];
        assert_eq!(right_align(vec!["10".to_string(), "9".to_string(), "100".to_string()]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["a b".to_string(), " cd".to_string()];
        assert_eq!(right_align(vec!["a b".to_string(), "cd".to_string()]), expected);
    }
}
