#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec![];
        assert_eq!(password_rule_failures("Secret123"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["length".to_string(), "upper".to_string(), "digit".to_string()];
        assert_eq!(password_rule_failures("secret"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec!["length".to_string(), "upper".to_string(), "lower".to_string(), "digit".to_string()];
        assert_eq!(password_rule_failures(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["lower".to_string(), "digit".to_string()];
        assert_eq!(password_rule_failures("ABCDEFGH"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec![];
        assert_eq!(password_rule_failures("Abcdefg1"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["length".to_string()];
        assert_eq!(password_rule_failures("Abcdef1"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["space".to_string()];
        assert_eq!(password_rule_failures("Pass word 99"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["upper".to_string(), "lower".to_string()];
        assert_eq!(password_rule_failures("12345678"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["length".to_string(), "upper".to_string(), "lower".to_string(), "digit".to_string(), "space".to_string()];
        assert_eq!(password_rule_failures(" "), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["length".to_string()];
        assert_eq!(password_rule_failures("aB3"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["upper".to_string(), "digit".to_string(), "space".to_string()];
        assert_eq!(password_rule_failures("lowercase only"), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<String> = vec!["upper".to_string(), "lower".to_string(), "digit".to_string()];
        assert_eq!(password_rule_failures("!!!!!!!!"), expected);
    }
}
