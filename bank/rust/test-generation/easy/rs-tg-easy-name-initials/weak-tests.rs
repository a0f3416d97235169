#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "A.L.".to_string();
        assert_eq!(name_initials("ada lovelace"), expected);
    }
}
