#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 4;
        assert_eq!(longest_stable_window(vec![3, 5, 4, 9, 8, 8, 10], 2), expected);
    }
}
