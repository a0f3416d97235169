#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["build".to_string(), "lint".to_string(), "test".to_string(), "deploy".to_string()];
        assert_eq!(release_order(HashMap::from([("build".to_string(), 5), ("deploy".to_string(), 9), ("lint".to_string(), 4), ("test".to_string(), 3)]), vec![vec!["build".to_string(), "test".to_string()], vec!["lint".to_string(), "test".to_string()], vec!["test".to_string(), "deploy".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["c".to_string(), "a".to_string(), "b".to_string()];
        assert_eq!(release_order(HashMap::from([("a".to_string(), 1), ("b".to_string(), 1), ("c".to_string(), 2)]), vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(release_order(HashMap::new(), vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["x".to_string(), "y".to_string()];
        assert_eq!(release_order(HashMap::from([("x".to_string(), 1), ("y".to_string(), 10)]), vec![vec!["x".to_string(), "y".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["a".to_string(), "c".to_string(), "d".to_string(), "b".to_string()];
        assert_eq!(release_order(HashMap::from([("a".to_string(), 5), ("b".to_string(), 1), ("c".to_string(), 9), ("d".to_string(), 3)]), vec![vec!["a".to_string(), "c".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["p".to_string(), "q".to_string()];
        assert_eq!(release_order(HashMap::from([("p".to_string(), 1), ("q".to_string(), 2)]), vec![vec!["p".to_string(), "q".to_string()], vec!["p".to_string(), "q".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["o".to_string(), "m".to_string(), "n".to_string()];
        assert_eq!(release_order(HashMap::from([("m".to_string(), -1), ("n".to_string(), -5), ("o".to_string(), 0)]), vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["Alpha".to_string(), "alpha".to_string(), "beta".to_string()];
        assert_eq!(release_order(HashMap::from([("Alpha".to_string(), 2), ("alpha".to_string(), 2), ("beta".to_string(), 2)]), vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["root".to_string(), "left".to_string(), "right".to_string(), "join".to_string()];
        assert_eq!(release_order(HashMap::from([("join".to_string(), 100), ("left".to_string(), 1), ("right".to_string(), 1), ("root".to_string(), 0)]), vec![vec!["root".to_string(), "left".to_string()], vec!["root".to_string(), "right".to_string()], vec!["left".to_string(), "join".to_string()], vec!["right".to_string(), "join".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["t1".to_string(), "t3".to_string(), "t2".to_string(), "t6".to_string(), "t5".to_string(), "t4".to_string(), "t8".to_string(), "t7".to_string()];
        assert_eq!(release_order(HashMap::from([("t1".to_string(), 3), ("t2".to_string(), 3), ("t3".to_string(), 7), ("t4".to_string(), 1), ("t5".to_string(), 7), ("t6".to_string(), 2), ("t7".to_string(), 9), ("t8".to_string(), 0)]), vec![vec!["t4".to_string(), "t7".to_string()], vec!["t1".to_string(), "t3".to_string()], vec!["t6".to_string(), "t5".to_string()], vec!["t8".to_string(), "t7".to_string()], vec!["t2".to_string(), "t6".to_string()], vec!["t3".to_string(), "t8".to_string()]]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(release_order(HashMap::from([("a".to_string(), 1), ("b".to_string(), 1)]), vec![vec!["a".to_string(), "b".to_string()], vec!["b".to_string(), "a".to_string()]]).is_err());
    }

    #[test]
    fn case_12() {
        assert!(release_order(HashMap::from([("a".to_string(), 1)]), vec![vec!["a".to_string(), "a".to_string()]]).is_err());
    }

    #[test]
    fn case_13() {
        assert!(release_order(HashMap::from([("a".to_string(), 1)]), vec![vec!["a".to_string(), "z".to_string()]]).is_err());
    }
}
