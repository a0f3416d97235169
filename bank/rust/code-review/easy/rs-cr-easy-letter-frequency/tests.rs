#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("e".to_string(), 1), ("h".to_string(), 1), ("l".to_string(), 2), ("o".to_string(), 1)]);
        assert_eq!(letter_frequency("Hello"), expected);
    }

    #[test]
    fn case_02() {
        let expected: HashMap<String, i64> = HashMap::from([("a".to_string(), 3), ("b".to_string(), 2)]);
        assert_eq!(letter_frequency("AaBb a"), expected);
    }

    #[test]
    fn case_03() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(letter_frequency(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(letter_frequency("123 !?"), expected);
    }

    #[test]
    fn case_05() {
        let expected: HashMap<String, i64> = HashMap::from([("z".to_string(), 1)]);
        assert_eq!(letter_frequency("z"), expected);
    }

    #[test]
    fn case_06() {
        let expected: HashMap<String, i64> = HashMap::from([("z".to_string(), 4)]);
        assert_eq!(letter_frequency("Zz-Zz"), expected);
    }

    #[test]
    fn case_07() {
        let expected: HashMap<String, i64> = HashMap::from([("a".to_string(), 1), ("c".to_string(), 1), ("e".to_string(), 1), ("h".to_string(), 1), ("t".to_string(), 2)]);
        assert_eq!(letter_frequency("The cat"), expected);
    }

    #[test]
    fn case_08() {
        let expected: HashMap<String, i64> = HashMap::from([("a".to_string(), 5)]);
        assert_eq!(letter_frequency("aaaaa"), expected);
    }

    #[test]
    fn case_09() {
        let expected: HashMap<String, i64> = HashMap::from([("a".to_string(), 1), ("b".to_string(), 1), ("c".to_string(), 1)]);
        assert_eq!(letter_frequency("A1b2C3"), expected);
    }

    #[test]
    fn case_10() {
        let expected: HashMap<String, i64> = HashMap::from([("i".to_string(), 4), ("m".to_string(), 1), ("p".to_string(), 2), ("s".to_string(), 4)]);
        assert_eq!(letter_frequency("Mississippi"), expected);
    }

    #[test]
    fn case_11() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(letter_frequency("   "), expected);
    }

    #[test]
    fn case_12() {
        let expected: HashMap<String, i64> = HashMap::from([("x".to_string(), 2), ("y".to_string(), 2), ("z".to_string(), 2)]);
        assert_eq!(letter_frequency("XyZ xYz"), expected);
    }
}
