#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "quick".to_string();
        assert_eq!(longest_word("the quick brown fox"), expected);
    }
}
