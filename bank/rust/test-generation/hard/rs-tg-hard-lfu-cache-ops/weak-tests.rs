#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Option<i64>> = vec![Some(1), None, Some(1), Some(3)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "get a".to_string(), "put c 3".to_string(), "get b".to_string(), "get a".to_string(), "get c".to_string()]), expected);
    }
}
