#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["  1".to_string(), " 22".to_string(), "333".to_string()];
        assert_eq!(right_align(vec!["1".to_string(), "22".to_string(), "333".to_string()]), expected);
    }
}
