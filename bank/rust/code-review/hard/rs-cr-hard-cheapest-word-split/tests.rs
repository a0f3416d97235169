#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["cat".to_string(), "sand".to_string()];
        assert_eq!(cheapest_split("catsand", HashMap::from([("and".to_string(), 2), ("cat".to_string(), 3), ("cats".to_string(), 4), ("sand".to_string(), 2)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec![];
        assert_eq!(cheapest_split("", HashMap::new()).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec!["abc".to_string()];
        assert_eq!(cheapest_split("abc", HashMap::from([("a".to_string(), 1), ("abc".to_string(), 3), ("b".to_string(), 1), ("c".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["a".to_string(), "bcd".to_string()];
        assert_eq!(cheapest_split("abcd", HashMap::from([("a".to_string(), 1), ("ab".to_string(), 1), ("bcd".to_string(), 1), ("cd".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["aa".to_string(), "aa".to_string()];
        assert_eq!(cheapest_split("aaaa", HashMap::from([("a".to_string(), 0), ("aa".to_string(), 0)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["x".to_string(), "y".to_string(), "z".to_string()];
        assert_eq!(cheapest_split("xyz", HashMap::from([("x".to_string(), 1), ("xyz".to_string(), 10), ("y".to_string(), 1), ("z".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["pen".to_string(), "pineapple".to_string()];
        assert_eq!(cheapest_split("penpineapple", HashMap::from([("apple".to_string(), 2), ("pen".to_string(), 1), ("pine".to_string(), 2), ("pineapple".to_string(), 3)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["AB".to_string()];
        assert_eq!(cheapest_split("AB", HashMap::from([("A".to_string(), 1), ("AB".to_string(), 2), ("B".to_string(), 1), ("a".to_string(), 0)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["a".to_string(), "bab".to_string()];
        assert_eq!(cheapest_split("abab", HashMap::from([("a".to_string(), 1), ("ab".to_string(), 2), ("aba".to_string(), 2), ("b".to_string(), 1), ("ba".to_string(), 2), ("bab".to_string(), 2)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["A".to_string(), "b".to_string()];
        assert_eq!(cheapest_split("Ab", HashMap::from([("A".to_string(), 1), ("ab".to_string(), 0), ("b".to_string(), 1)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["ab".to_string(), "ab".to_string(), "ba".to_string(), "ba".to_string(), "ab".to_string()];
        assert_eq!(cheapest_split("ababbabaab", HashMap::from([("a".to_string(), 2), ("ab".to_string(), 3), ("abb".to_string(), 4), ("b".to_string(), 2), ("ba".to_string(), 3), ("baa".to_string(), 4), ("bab".to_string(), 5)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(cheapest_split("dog", HashMap::from([("do".to_string(), 1)])).is_err());
    }

    #[test]
    fn case_13() {
        assert!(cheapest_split("abc", HashMap::new()).is_err());
    }
}
