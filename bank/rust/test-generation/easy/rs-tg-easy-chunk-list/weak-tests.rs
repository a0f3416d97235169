#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]];
        assert_eq!(chunk_list(vec![1, 2, 3, 4, 5, 6, 7], 3).expect("unexpected Err"), expected);
    }
}
