#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = -10;
        assert_eq!(lowest_balance(100, vec![-30, -80, 50]), expected);
    }
}
