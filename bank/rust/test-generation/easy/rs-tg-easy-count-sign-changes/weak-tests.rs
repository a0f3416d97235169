#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_sign_changes(vec![1, -1, 1]), expected);
    }
}
