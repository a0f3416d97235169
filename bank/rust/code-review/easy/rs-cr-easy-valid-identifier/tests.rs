#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("user_name"), expected);
    }

    #[test]
    fn case_02() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("2fast"), expected);
    }

    #[test]
    fn case_03() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("_"), expected);
    }

    #[test]
    fn case_05() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("a"), expected);
    }

    #[test]
    fn case_06() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("has space"), expected);
    }

    #[test]
    fn case_07() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("dash-ed"), expected);
    }

    #[test]
    fn case_08() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("CamelCase9"), expected);
    }

    #[test]
    fn case_09() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("abcdefghijabcdefghijabcdefghij"), expected);
    }

    #[test]
    fn case_10() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("abcdefghijabcdefghijabcdefghijk"), expected);
    }

    #[test]
    fn case_11() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("_9"), expected);
    }

    #[test]
    fn case_12() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("x.y"), expected);
    }

    #[test]
    fn case_13() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("9"), expected);
    }

    #[test]
    fn case_14() {
        let expected: bool = false;
        assert_eq!(is_valid_identifier("ok!"), expected);
    }
}
