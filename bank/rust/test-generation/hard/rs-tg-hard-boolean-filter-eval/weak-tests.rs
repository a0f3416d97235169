#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("a and not b", HashMap::from([("a".to_string(), true), ("b".to_string(), false)])).expect("unexpected Err"), expected);
    }
}
