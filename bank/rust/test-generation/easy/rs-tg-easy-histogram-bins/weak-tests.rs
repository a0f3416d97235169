#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![2, 1, 1];
        assert_eq!(histogram_bins(vec![1, 2, 11, 25], 10).expect("unexpected Err"), expected);
    }
}
