#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 4;
        assert_eq!(covered_at_least(vec![vec![1, 5], vec![2, 7], vec![6, 9]], 2), expected);
    }
}
