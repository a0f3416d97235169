#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 1];
        assert_eq!(region_sizes(vec!["##.".to_string(), "#..".to_string(), "..#".to_string()]), expected);
    }
}
