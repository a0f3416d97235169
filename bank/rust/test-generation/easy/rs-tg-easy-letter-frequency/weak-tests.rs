#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("e".to_string(), 1), ("h".to_string(), 1), ("l".to_string(), 2), ("o".to_string(), 1)]);
        assert_eq!(letter_frequency("Hello"), expected);
    }
}
