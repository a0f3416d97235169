#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = -1;
        assert_eq!(first_bad_bracket("a(b[c]d)e"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 1;
        assert_eq!(first_bad_bracket("(]"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = -1;
        assert_eq!(first_bad_bracket(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = -1;
        assert_eq!(first_bad_bracket("no brackets"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 0;
        assert_eq!(first_bad_bracket(")"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(first_bad_bracket("(("), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 0;
        assert_eq!(first_bad_bracket("(()"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 2;
        assert_eq!(first_bad_bracket("()("), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 6;
        assert_eq!(first_bad_bracket("{[()]}}"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 2;
        assert_eq!(first_bad_bracket("([)]"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 1;
        assert_eq!(first_bad_bracket("x{y[z]"), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = -1;
        assert_eq!(first_bad_bracket("[]{}()"), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 4;
        assert_eq!(first_bad_bracket("(a{b)c}"), expected);
    }

    #[test]
    fn case_14() {
        let expected: i64 = 2;
        assert_eq!(first_bad_bracket("{}[("), expected);
    }

    #[test]
    fn case_15() {
        let expected: i64 = 2;
        assert_eq!(first_bad_bracket("((]"), expected);
    }
}
