#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 1;
        assert_eq!(typo_distance("form", "from", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }
}
