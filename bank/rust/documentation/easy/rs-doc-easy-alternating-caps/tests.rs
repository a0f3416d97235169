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

    #[test]
    fn case_02() {
        let expected: String = "HeLlO wOrLd".to_string();
        assert_eq!(alternating_caps("HELLO WORLD"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(alternating_caps(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "123".to_string();
        assert_eq!(alternating_caps("123"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "A".to_string();
        assert_eq!(alternating_caps("a"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "Ab Cd".to_string();
        assert_eq!(alternating_caps("ab cd"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "X-y-Z".to_string();
        assert_eq!(alternating_caps("x-y-z"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "A1b2C3".to_string();
        assert_eq!(alternating_caps("a1b2c3"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "   ".to_string();
        assert_eq!(alternating_caps("   "), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "Zz".to_string();
        assert_eq!(alternating_caps("zZ"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "It'S oK".to_string();
        assert_eq!(alternating_caps("it's ok"), expected);
    }
}
