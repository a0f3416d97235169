#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("a and not b", HashMap::from([("a".to_string(), true), ("b".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("a or b and c", HashMap::from([("a".to_string(), true), ("b".to_string(), false), ("c".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("(a or b) and c", HashMap::from([("a".to_string(), true), ("b".to_string(), false), ("c".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("not not x", HashMap::from([("x".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("true and false or true", HashMap::new()).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("not (a and b) or c", HashMap::from([("a".to_string(), true), ("b".to_string(), true), ("c".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("TRUE", HashMap::from([("TRUE".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("x_1 and _y", HashMap::from([("_y".to_string(), true), ("x_1".to_string(), true)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("not a and b", HashMap::from([("a".to_string(), false), ("b".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("((flag))", HashMap::from([("flag".to_string(), true)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: bool = false;
        assert_eq!(evaluate_filter("a or b or c", HashMap::from([("a".to_string(), false), ("b".to_string(), false), ("c".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: bool = true;
        assert_eq!(evaluate_filter("false or not (p and (q or not r))", HashMap::from([("p".to_string(), true), ("q".to_string(), false), ("r".to_string(), true), ("unused".to_string(), false)])).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        assert!(evaluate_filter("a or missing", HashMap::from([("a".to_string(), true)])).is_err());
    }

    #[test]
    fn case_14() {
        assert!(evaluate_filter("a and", HashMap::from([("a".to_string(), true)])).is_err());
    }

    #[test]
    fn case_15() {
        assert!(evaluate_filter("(a or b", HashMap::from([("a".to_string(), true), ("b".to_string(), true)])).is_err());
    }
}
