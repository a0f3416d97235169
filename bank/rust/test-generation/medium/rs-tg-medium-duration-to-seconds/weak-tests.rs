#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 5400;
        assert_eq!(duration_to_seconds("1h30m").expect("unexpected Err"), expected);
    }
}
