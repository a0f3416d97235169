#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_overlapping("banana", "ana").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 3;
        assert_eq!(count_overlapping("aaaa", "aa").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(count_overlapping("", "a").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(count_overlapping("abc", "abcd").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(count_overlapping("abc", "abc").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 1;
        assert_eq!(count_overlapping("Hello hello", "hello").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 3;
        assert_eq!(count_overlapping("abababa", "aba").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 1;
        assert_eq!(count_overlapping("xyz", "z").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 2;
        assert_eq!(count_overlapping("mississippi", "ss").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 3;
        assert_eq!(count_overlapping("aaa", "a").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 3;
        assert_eq!(count_overlapping("a b a b", " ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(count_overlapping("abc", "").is_err());
    }

    #[test]
    fn case_13() {
        assert!(count_overlapping("", "").is_err());
    }
}
