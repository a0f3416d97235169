#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["cab".to_string(), "bca".to_string(), "abc".to_string()];
        assert_eq!(sort_by_alphabet(vec!["bca".to_string(), "abc".to_string(), "cab".to_string()], "cba").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["y".to_string(), "a".to_string(), "z".to_string()];
        assert_eq!(sort_by_alphabet(vec!["z".to_string(), "a".to_string(), "y".to_string()], "y").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(sort_by_alphabet(vec![], "abc").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["a".to_string(), "b".to_string()];
        assert_eq!(sort_by_alphabet(vec!["b".to_string(), "a".to_string()], "").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["a".to_string(), "ab".to_string(), "abc".to_string()];
        assert_eq!(sort_by_alphabet(vec!["ab".to_string(), "a".to_string(), "abc".to_string()], "cba").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["ab".to_string(), "Ab".to_string(), "AB".to_string()];
        assert_eq!(sort_by_alphabet(vec!["Ab".to_string(), "ab".to_string(), "AB".to_string()], "ba").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["dog".to_string(), "dog".to_string(), "cat".to_string()];
        assert_eq!(sort_by_alphabet(vec!["dog".to_string(), "cat".to_string(), "dog".to_string()], "dgoc").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["".to_string(), "a".to_string()];
        assert_eq!(sort_by_alphabet(vec!["a".to_string(), "".to_string()], "a").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["app".to_string(), "apply".to_string(), "apple".to_string()];
        assert_eq!(sort_by_alphabet(vec!["apple".to_string(), "apply".to_string(), "app".to_string()], "ypl").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["b!".to_string(), "b1".to_string(), "b2".to_string()];
        assert_eq!(sort_by_alphabet(vec!["b2".to_string(), "b1".to_string(), "b!".to_string()], "b").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["zeta".to_string(), "zed".to_string(), "alpha".to_string()];
        assert_eq!(sort_by_alphabet(vec!["zeta".to_string(), "alpha".to_string(), "zed".to_string()], "zyxwvutsrqponmlkjihgfedcba").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(sort_by_alphabet(vec!["a".to_string()], "abca").is_err());
    }

    #[test]
    fn case_13() {
        assert!(sort_by_alphabet(vec![], "xx").is_err());
    }
}
