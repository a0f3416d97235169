#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "Hello...".to_string();
        assert_eq!(truncate_text("Hello, world", 8).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "short".to_string();
        assert_eq!(truncate_text("short", 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(truncate_text("", 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "abc".to_string();
        assert_eq!(truncate_text("abc", 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "...".to_string();
        assert_eq!(truncate_text("abcd", 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "ab...".to_string();
        assert_eq!(truncate_text("abcdef", 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "exact".to_string();
        assert_eq!(truncate_text("exact", 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "exa...".to_string();
        assert_eq!(truncate_text("exactly", 6).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = " ...".to_string();
        assert_eq!(truncate_text("  spaced  ", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "a".to_string();
        assert_eq!(truncate_text("a", 100).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(truncate_text("abc", 2).is_err());
    }

    #[test]
    fn case_12() {
        assert!(truncate_text("", 0).is_err());
    }

    #[test]
    fn case_13() {
        assert!(truncate_text("x", -1).is_err());
    }
}
