#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["build".to_string(), "lint".to_string(), "test".to_string(), "deploy".to_string()];
        assert_eq!(release_order(HashMap::from([("build".to_string(), 5), ("deploy".to_string(), 9), ("lint".to_string(), 4), ("test".to_string(), 3)]), vec![vec!["build".to_string(), "test".to_string()], vec!["lint".to_string(), "test".to_string()], vec!["test".to_string(), "deploy".to_string()]]).expect("unexpected Err"), expected);
    }
}
