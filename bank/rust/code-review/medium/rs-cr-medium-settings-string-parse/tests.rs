#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, String> = HashMap::from([("a".to_string(), "1".to_string()), ("b".to_string(), "two".to_string()), ("c".to_string(), "".to_string())]);
        assert_eq!(parse_settings("a=1; b = two ;c=").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: HashMap<String, String> = HashMap::from([("x".to_string(), "2".to_string())]);
        assert_eq!(parse_settings("x=1;x=2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: HashMap<String, String> = HashMap::new();
        assert_eq!(parse_settings("").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: HashMap<String, String> = HashMap::new();
        assert_eq!(parse_settings(" ; ;").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: HashMap<String, String> = HashMap::from([("url".to_string(), "http://h/?q=1".to_string())]);
        assert_eq!(parse_settings("url=http://h/?q=1").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: HashMap<String, String> = HashMap::from([("Name".to_string(), "A".to_string()), ("name".to_string(), "B".to_string())]);
        assert_eq!(parse_settings("Name=A;name=B").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: HashMap<String, String> = HashMap::from([("k".to_string(), "spaced value".to_string())]);
        assert_eq!(parse_settings("k = spaced value ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: HashMap<String, String> = HashMap::from([("a".to_string(), "1".to_string()), ("b".to_string(), "2".to_string())]);
        assert_eq!(parse_settings("a=1;;b=2;").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: HashMap<String, String> = HashMap::from([("key".to_string(), "=".to_string())]);
        assert_eq!(parse_settings("  key  =  =  ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: HashMap<String, String> = HashMap::from([("empty".to_string(), "".to_string())]);
        assert_eq!(parse_settings("empty=").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: HashMap<String, String> = HashMap::from([("level".to_string(), "3".to_string()), ("mode".to_string(), "safe".to_string())]);
        assert_eq!(parse_settings("mode=fast;level=3;mode=safe").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(parse_settings("a=1;b").is_err());
    }

    #[test]
    fn case_13() {
        assert!(parse_settings("=5").is_err());
    }

    #[test]
    fn case_14() {
        assert!(parse_settings("a=1; =2").is_err());
    }
}
