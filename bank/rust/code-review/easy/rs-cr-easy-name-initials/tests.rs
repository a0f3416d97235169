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

    #[test]
    fn case_02() {
        let expected: String = "J.P.S.".to_string();
        assert_eq!(name_initials("Jean-Paul Sartre"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(name_initials(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "".to_string();
        assert_eq!(name_initials("   "), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "G.B.H.".to_string();
        assert_eq!(name_initials("  grace   brewster  hopper "), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "X.".to_string();
        assert_eq!(name_initials("x"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "M.J.W.".to_string();
        assert_eq!(name_initials("mary-jane-watson"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "".to_string();
        assert_eq!(name_initials("-"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "A.M.".to_string();
        assert_eq!(name_initials("anne- marie"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "O.".to_string();
        assert_eq!(name_initials("o'brien"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "E.E.C.".to_string();
        assert_eq!(name_initials("e e cummings"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "A.T.".to_string();
        assert_eq!(name_initials("ALAN TURING"), expected);
    }

    #[test]
    fn case_13() {
        let expected: String = "V.D.".to_string();
        assert_eq!(name_initials("van--dyke"), expected);
    }
}
