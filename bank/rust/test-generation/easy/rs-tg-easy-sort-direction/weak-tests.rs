#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "ascending".to_string();
        assert_eq!(sort_direction(vec![1, 2, 2, 5]), expected);
    }
}
