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
}
