#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "aaab".to_string();
        assert_eq!(expand_pattern("a*3b"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "ababc".to_string();
        assert_eq!(expand_pattern("(ab)*2c"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(expand_pattern(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "abc".to_string();
        assert_eq!(expand_pattern("abc"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "abcbcabcbc".to_string();
        assert_eq!(expand_pattern("(a(bc)*2)*2"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "y".to_string();
        assert_eq!(expand_pattern("x*0y"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "".to_string();
        assert_eq!(expand_pattern("(ab)*0"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "a".to_string();
        assert_eq!(expand_pattern("()*5a"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "a".to_string();
        assert_eq!(expand_pattern("(a)"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "aaaaaaaaaa".to_string();
        assert_eq!(expand_pattern("a*10"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "zzzzzz".to_string();
        assert_eq!(expand_pattern("((z)*2)*3"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "qrrsrrst".to_string();
        assert_eq!(expand_pattern("q(r*2s)*2t"), expected);
    }

    #[test]
    fn case_13() {
        let expected: String = "ab".to_string();
        assert_eq!(expand_pattern("a*1b*01"), expected);
    }

    #[test]
    fn case_14() {
        let expected: String = "xxyyyz".to_string();
        assert_eq!(expand_pattern("(x)*2(y*3)z"), expected);
    }
}
