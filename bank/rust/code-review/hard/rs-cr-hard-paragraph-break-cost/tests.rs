#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 10;
        assert_eq!(break_cost(vec!["aaa".to_string(), "bb".to_string(), "cc".to_string(), "ddddd".to_string()], 6).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 0;
        assert_eq!(break_cost(vec![], 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 0;
        assert_eq!(break_cost(vec!["hello".to_string()], 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(break_cost(vec!["a".to_string(), "b".to_string(), "c".to_string()], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 4;
        assert_eq!(break_cost(vec!["ab".to_string(), "cd".to_string()], 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(break_cost(vec!["one".to_string(), "two".to_string()], 20).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 4;
        assert_eq!(break_cost(vec!["xx".to_string(), "xxxxx".to_string(), "xx".to_string(), "xxxxxx".to_string()], 10).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 22;
        assert_eq!(break_cost(vec!["the".to_string(), "quick".to_string(), "brown".to_string(), "fox".to_string(), "jumps".to_string(), "over".to_string(), "the".to_string(), "lazy".to_string(), "dog".to_string()], 12).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 34;
        assert_eq!(break_cost(vec!["a".to_string(), "bb".to_string(), "ccc".to_string(), "dddd".to_string(), "eeeee".to_string(), "f".to_string()], 7).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 1;
        assert_eq!(break_cost(vec!["aaaa".to_string(), "b".to_string(), "b".to_string(), "aaaa".to_string()], 7).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(break_cost(vec!["toolongword".to_string()], 5).is_err());
    }

    #[test]
    fn case_12() {
        assert!(break_cost(vec!["ok".to_string(), "fine".to_string(), "x".to_string()], 0).is_err());
    }
}
