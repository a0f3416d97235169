#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 10];
        assert_eq!(closest_pair_sum(vec![1, 4, 7, 10], 12), expected);
    }
}
