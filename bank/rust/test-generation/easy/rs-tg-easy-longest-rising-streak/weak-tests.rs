#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 3;
        assert_eq!(longest_rising_streak(vec![1, 2, 3, 1, 2]), expected);
    }
}
