#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["0:boot".to_string(), "1:login".to_string(), "0:ready".to_string(), "1:logout".to_string()];
        assert_eq!(merge_streams(vec![vec!["1 boot".to_string(), "5 ready".to_string()], vec!["2 login".to_string(), "5 logout".to_string()]]), expected);
    }
}
