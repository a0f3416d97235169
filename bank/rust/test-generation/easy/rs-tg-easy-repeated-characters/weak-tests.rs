#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "rgm".to_string();
        assert_eq!(repeated_characters("programming"), expected);
    }
}
