#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 2, 3, 8];
        assert_eq!(rising_chain(vec![5, 1, 6, 2, 7, 3, 8]), expected);
    }
}
