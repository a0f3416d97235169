#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 7;
        assert_eq!(evaluate_expression("1 + 2 * 3").expect("unexpected Err"), expected);
    }
}
