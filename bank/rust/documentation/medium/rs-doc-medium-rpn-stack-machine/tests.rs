#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 14;
        assert_eq!(run_postfix(vec!["3".to_string(), "4".to_string(), "+".to_string(), "2".to_string(), "*".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 25;
        assert_eq!(run_postfix(vec!["5".to_string(), "dup".to_string(), "*".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 5;
        assert_eq!(run_postfix(vec!["2".to_string(), "10".to_string(), "swap".to_string(), "/".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = -3;
        assert_eq!(run_postfix(vec!["-7".to_string(), "2".to_string(), "/".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = -3;
        assert_eq!(run_postfix(vec!["7".to_string(), "-2".to_string(), "/".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 42;
        assert_eq!(run_postfix(vec!["42".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 1;
        assert_eq!(run_postfix(vec!["1".to_string(), "2".to_string(), "drop".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 343;
        assert_eq!(run_postfix(vec!["10".to_string(), "3".to_string(), "-".to_string(), "dup".to_string(), "dup".to_string(), "*".to_string(), "*".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 12;
        assert_eq!(run_postfix(vec!["-3".to_string(), "-4".to_string(), "*".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = -5;
        assert_eq!(run_postfix(vec!["0".to_string(), "5".to_string(), "-".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 1;
        assert_eq!(run_postfix(vec!["1".to_string(), "2".to_string(), "3".to_string(), "drop".to_string(), "swap".to_string(), "-".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(run_postfix(vec!["1".to_string(), "+".to_string()]).is_err());
    }

    #[test]
    fn case_13() {
        assert!(run_postfix(vec!["4".to_string(), "0".to_string(), "/".to_string()]).is_err());
    }

    #[test]
    fn case_14() {
        assert!(run_postfix(vec!["1".to_string(), "2".to_string()]).is_err());
    }
}
