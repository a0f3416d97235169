#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_in_range(vec![1, 5, 10, 15], 5, 10), expected);
    }
}
