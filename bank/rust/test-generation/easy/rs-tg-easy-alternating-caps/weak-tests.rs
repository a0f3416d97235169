#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "HeLlO".to_string();
        assert_eq!(alternating_caps("hello"), expected);
    }
}
