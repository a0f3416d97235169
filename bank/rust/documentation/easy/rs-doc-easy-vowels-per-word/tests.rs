#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![2, 1];
        assert_eq!(vowels_per_word("hello world"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![0, 1, 2];
        assert_eq!(vowels_per_word("rhythm and blues"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(vowels_per_word(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![];
        assert_eq!(vowels_per_word("   "), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![0];
        assert_eq!(vowels_per_word("Sky"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![5, 5];
        assert_eq!(vowels_per_word("AEIOU aeiou"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![1, 0];
        assert_eq!(vowels_per_word("  a  b  "), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![4];
        assert_eq!(vowels_per_word("queue"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![0];
        assert_eq!(vowels_per_word("x"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![1, 1, 3];
        assert_eq!(vowels_per_word("It's a test-case!"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(vowels_per_word("Yay"), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![2, 2, 0];
        assert_eq!(vowels_per_word("OOPS oops 42"), expected);
    }
}
