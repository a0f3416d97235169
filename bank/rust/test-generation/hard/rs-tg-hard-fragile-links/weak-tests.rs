#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 3]];
        assert_eq!(fragile_links(4, vec![vec![0, 1], vec![1, 2], vec![2, 0], vec![1, 3]]), expected);
    }
}
