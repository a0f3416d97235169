#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "a1b2c3".to_string();
        assert_eq!(interleave_strings("abc", "123"), expected);
    }
}
