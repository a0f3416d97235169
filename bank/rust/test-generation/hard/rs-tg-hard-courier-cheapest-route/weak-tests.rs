#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 2, 4];
        assert_eq!(cheapest_route(5, vec![vec![0, 1, 2], vec![1, 4, 5], vec![0, 2, 4], vec![2, 4, 2], vec![0, 3, 1], vec![3, 4, 7]], 0, 4).expect("unexpected Err"), expected);
    }
}
