#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "1h 1m 1s".to_string();
        assert_eq!(compact_duration(3661).expect("unexpected Err"), expected);
    }
}
