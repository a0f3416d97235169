#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2], vec![2, 1], vec![3, 3]];
        assert_eq!(run_length_list(vec![1, 1, 2, 3, 3, 3]), expected);
    }
}
