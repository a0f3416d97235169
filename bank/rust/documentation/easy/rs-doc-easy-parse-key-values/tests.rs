#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]);
        assert_eq!(parse_key_values("a=1;b=2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: HashMap<String, i64> = HashMap::from([("height".to_string(), -3), ("width".to_string(), 40)]);
        assert_eq!(parse_key_values(" width = 40 ; height=-3 ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(parse_key_values("").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(parse_key_values("   ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: HashMap<String, i64> = HashMap::from([("x".to_string(), 2)]);
        assert_eq!(parse_key_values("x=1;x=2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: HashMap<String, i64> = HashMap::from([("n".to_string(), 0)]);
        assert_eq!(parse_key_values("n=0").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: HashMap<String, i64> = HashMap::from([("big".to_string(), 9007199254740991)]);
        assert_eq!(parse_key_values("big=9007199254740991").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: HashMap<String, i64> = HashMap::from([("a b".to_string(), 5)]);
        assert_eq!(parse_key_values("a b=5").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: HashMap<String, i64> = HashMap::from([("k".to_string(), 7), ("m".to_string(), -10)]);
        assert_eq!(parse_key_values("k=007;m=-10").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        assert!(parse_key_values("a=1;b").is_err());
    }

    #[test]
    fn case_11() {
        assert!(parse_key_values("=5").is_err());
    }

    #[test]
    fn case_12() {
        assert!(parse_key_values("a=12x").is_err());
    }
}
