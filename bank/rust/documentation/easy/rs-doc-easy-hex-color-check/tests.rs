#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(is_hex_color("#fff"), expected);
    }

    #[test]
    fn case_02() {
        let expected: bool = false;
        assert_eq!(is_hex_color("#12345g"), expected);
    }

    #[test]
    fn case_03() {
        let expected: bool = false;
        assert_eq!(is_hex_color(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: bool = false;
        assert_eq!(is_hex_color("#"), expected);
    }

    #[test]
    fn case_05() {
        let expected: bool = true;
        assert_eq!(is_hex_color("#1A2b3C"), expected);
    }

    #[test]
    fn case_06() {
        let expected: bool = false;
        assert_eq!(is_hex_color("fff"), expected);
    }

    #[test]
    fn case_07() {
        let expected: bool = false;
        assert_eq!(is_hex_color("#ffff"), expected);
    }

    #[test]
    fn case_08() {
        let expected: bool = true;
        assert_eq!(is_hex_color("#000000"), expected);
    }

    #[test]
    fn case_09() {
        let expected: bool = false;
        assert_eq!(is_hex_color("##fff"), expected);
    }

    #[test]
    fn case_10() {
        let expected: bool = false;
        assert_eq!(is_hex_color("#abcdefa"), expected);
    }

    #[test]
    fn case_11() {
        let expected: bool = true;
        assert_eq!(is_hex_color("#ABC"), expected);
    }

    #[test]
    fn case_12() {
        let expected: bool = false;
        assert_eq!(is_hex_color("# fff"), expected);
    }

    #[test]
    fn case_13() {
        let expected: bool = false;
        assert_eq!(is_hex_color("#12"), expected);
    }

    #[test]
    fn case_14() {
        let expected: bool = false;
        assert_eq!(is_hex_color("123456"), expected);
    }
}
