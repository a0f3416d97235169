#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "bcd".to_string();
        assert_eq!(caesar_shift("abc", 1), expected);
    }
}
