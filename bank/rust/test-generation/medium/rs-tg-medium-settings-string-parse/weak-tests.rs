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
}
