#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["cat".to_string(), "sand".to_string()];
        assert_eq!(cheapest_split("catsand", HashMap::from([("and".to_string(), 2), ("cat".to_string(), 3), ("cats".to_string(), 4), ("sand".to_string(), 2)])).expect("unexpected Err"), expected);
    }
}
