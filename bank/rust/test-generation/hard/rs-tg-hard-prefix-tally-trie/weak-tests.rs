#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 2, 2, 0];
        assert_eq!(prefix_tally(vec!["add car".to_string(), "add cart".to_string(), "add cat".to_string(), "count ca".to_string(), "count car".to_string(), "distinct car".to_string(), "count dog".to_string()]), expected);
    }
}
