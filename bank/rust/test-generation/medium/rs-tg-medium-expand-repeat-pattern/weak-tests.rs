#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "aaab".to_string();
        assert_eq!(expand_pattern("a*3b"), expected);
    }
}
