#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 0, 3], vec![2, 3, 4], vec![1, 4, 6]];
        assert_eq!(dispatch_jobs(vec![vec![0, 3, 1], vec![1, 2, 5], vec![2, 1, 9]]), expected);
    }
}
