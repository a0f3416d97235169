#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["v1.2.0".to_string(), "v1.9.3".to_string(), "v1.10.0".to_string()];
        assert_eq!(order_release_tags(vec!["v1.10.0".to_string(), "v1.2.0".to_string(), "v1.9.3".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["1.9.9".to_string(), "2.0.0-rc2".to_string(), "2.0.0-rc10".to_string(), "2.0.0".to_string()];
        assert_eq!(order_release_tags(vec!["2.0.0".to_string(), "2.0.0-rc2".to_string(), "2.0.0-rc10".to_string(), "1.9.9".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(order_release_tags(vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["v1.0.0".to_string(), "1.0.0".to_string()];
        assert_eq!(order_release_tags(vec!["v1.0.0".to_string(), "1.0.0".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["1.0.0".to_string(), "v1.0.0".to_string()];
        assert_eq!(order_release_tags(vec!["1.0.0".to_string(), "v1.0.0".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["0.0.0".to_string(), "0.0.1".to_string(), "0.1.0".to_string(), "1.0.0".to_string()];
        assert_eq!(order_release_tags(vec!["0.0.1".to_string(), "0.1.0".to_string(), "1.0.0".to_string(), "0.0.0".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["3.0.0-rc1".to_string()];
        assert_eq!(order_release_tags(vec!["3.0.0-rc1".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["1.2.2".to_string(), "1.2.3-rc1".to_string(), "1.2.3-rc1".to_string()];
        assert_eq!(order_release_tags(vec!["1.2.3-rc1".to_string(), "1.2.2".to_string(), "1.2.3-rc1".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["1.0.10".to_string(), "1.1.0-rc5".to_string(), "1.01.0".to_string()];
        assert_eq!(order_release_tags(vec!["1.01.0".to_string(), "1.1.0-rc5".to_string(), "1.0.10".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["9.99.99".to_string(), "v10.0.0-rc1".to_string(), "10.0.0".to_string()];
        assert_eq!(order_release_tags(vec!["10.0.0".to_string(), "9.99.99".to_string(), "v10.0.0-rc1".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["v2.0.0-rc1".to_string(), "v2.0.0-rc3".to_string(), "v2.0.0-rc03".to_string()];
        assert_eq!(order_release_tags(vec!["v2.0.0-rc3".to_string(), "v2.0.0-rc03".to_string(), "v2.0.0-rc1".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(order_release_tags(vec!["1.2".to_string()]).is_err());
    }

    #[test]
    fn case_13() {
        assert!(order_release_tags(vec!["1.2.3-beta1".to_string()]).is_err());
    }

    #[test]
    fn case_14() {
        assert!(order_release_tags(vec!["1.2.3".to_string(), "V1.2.3".to_string()]).is_err());
    }
}
