#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 1;
        assert_eq!(typo_distance("form", "from", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 3;
        assert_eq!(typo_distance("kitten", "sitting", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 6;
        assert_eq!(typo_distance("", "abc", HashMap::from([("delete".to_string(), 3), ("insert".to_string(), 2), ("replace".to_string(), 4), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 9;
        assert_eq!(typo_distance("abc", "", HashMap::from([("delete".to_string(), 3), ("insert".to_string(), 2), ("replace".to_string(), 4), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 2;
        assert_eq!(typo_distance("ab", "ba", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 5)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 2;
        assert_eq!(typo_distance("cat", "cut", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 5), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 3;
        assert_eq!(typo_distance("ca", "abc", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 0;
        assert_eq!(typo_distance("same", "same", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 1;
        assert_eq!(typo_distance("Abc", "abc", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 3;
        assert_eq!(typo_distance("abcdef", "badcfe", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 0;
        assert_eq!(typo_distance("xyz", "q", HashMap::from([("delete".to_string(), 0), ("insert".to_string(), 0), ("replace".to_string(), 0), ("swap".to_string(), 0)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 1;
        assert_eq!(typo_distance("recieve", "receive", HashMap::from([("delete".to_string(), 3), ("insert".to_string(), 3), ("replace".to_string(), 2), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 5;
        assert_eq!(typo_distance("algorithm", "logarithm", HashMap::from([("delete".to_string(), 2), ("insert".to_string(), 2), ("replace".to_string(), 3), ("swap".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_14() {
        assert!(typo_distance("a", "b", HashMap::from([("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1)])).is_err());
    }

    #[test]
    fn case_15() {
        assert!(typo_distance("a", "b", HashMap::from([("delete".to_string(), -1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).is_err());
    }

    #[test]
    fn case_16() {
        assert!(typo_distance("a", "b", HashMap::from([("copy".to_string(), 0), ("delete".to_string(), 1), ("insert".to_string(), 1), ("replace".to_string(), 1), ("swap".to_string(), 1)])).is_err());
    }
}
