#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 1), ("B".to_string(), 1), ("C".to_string(), 1), ("D".to_string(), 1), ("F".to_string(), 1)]);
        assert_eq!(grade_buckets(vec![95, 82, 71, 64, 12]).expect("unexpected Err"), expected);
    }
}
