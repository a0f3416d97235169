#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 1;
        assert_eq!(min_split_difference(vec![1, 6, 11, 5]), expected);
    }
}
