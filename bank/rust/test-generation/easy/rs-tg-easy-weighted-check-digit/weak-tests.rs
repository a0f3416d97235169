#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 6;
        assert_eq!(weighted_check_digit("305").expect("unexpected Err"), expected);
    }
}
