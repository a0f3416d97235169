#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![40, 5];
        assert_eq!(ring_sums(vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]]), expected);
    }
}
