#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 0, 3, 3];
        assert_eq!(cluster_queries(5, vec!["link 0 1".to_string(), "same 0 1".to_string(), "same 0 2".to_string(), "link 1 2".to_string(), "size 0".to_string(), "count".to_string()]), expected);
    }
}
