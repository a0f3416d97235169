#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "1..3,5,7..10".to_string();
        assert_eq!(compress_ranges(vec![1, 2, 3, 5, 7, 8, 9, 10]), expected);
    }
}
