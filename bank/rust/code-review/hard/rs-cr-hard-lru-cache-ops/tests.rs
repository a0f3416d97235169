#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Option<i64>> = vec![Some(1), None, Some(1), Some(3)];
        assert_eq!(lru_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "get a".to_string(), "put c 3".to_string(), "get b".to_string(), "get a".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Option<i64>> = vec![None];
        assert_eq!(lru_simulate(0, vec!["put a 1".to_string(), "get a".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Option<i64>> = vec![Some(5), None, Some(2)];
        assert_eq!(lru_simulate(1, vec!["put a 1".to_string(), "put a 5".to_string(), "get a".to_string(), "put b 2".to_string(), "get a".to_string(), "get b".to_string()]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Option<i64>> = vec![Some(3), None, Some(4)];
        assert_eq!(lru_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "put a 3".to_string(), "put c 4".to_string(), "get a".to_string(), "get b".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Option<i64>> = vec![None, Some(-7)];
        assert_eq!(lru_simulate(2, vec!["get x".to_string(), "put x -7".to_string(), "get x".to_string()]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Option<i64>> = vec![];
        assert_eq!(lru_simulate(3, vec![]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Option<i64>> = vec![None, None, Some(9), Some(3)];
        assert_eq!(lru_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "put c 3".to_string(), "get a".to_string(), "put a 9".to_string(), "get b".to_string(), "get a".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Option<i64>> = vec![None, None, Some(2)];
        assert_eq!(lru_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "get zz".to_string(), "put c 3".to_string(), "get a".to_string(), "get b".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Option<i64>> = vec![Some(10), None, Some(30), None, Some(40), Some(50)];
        assert_eq!(lru_simulate(3, vec!["put k1 10".to_string(), "put k2 20".to_string(), "put k3 30".to_string(), "get k1".to_string(), "put k4 40".to_string(), "get k2".to_string(), "get k3".to_string(), "put k5 50".to_string(), "get k1".to_string(), "get k4".to_string(), "get k5".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Option<i64>> = vec![None, None, None, Some(-1), None, None, Some(11), None, Some(38), None, Some(38), Some(44), Some(46), Some(38), Some(46), None];
        assert_eq!(lru_simulate(3, vec!["get e 13".to_string(), "get b 19".to_string(), "put a 49".to_string(), "get d 17".to_string(), "put e -4".to_string(), "put c 29".to_string(), "put b -4".to_string(), "put e 37".to_string(), "put c -1".to_string(), "get c 8".to_string(), "put e 34".to_string(), "put b 1".to_string(), "get d 1".to_string(), "put d 11".to_string(), "get a 17".to_string(), "get d 2".to_string(), "put c 38".to_string(), "get e 17".to_string(), "put a 44".to_string(), "put d 44".to_string(), "get c 43".to_string(), "put b 15".to_string(), "get e 30".to_string(), "get c 41".to_string(), "get d 15".to_string(), "put b 46".to_string(), "get b 50".to_string(), "get c 21".to_string(), "get b 4".to_string(), "get e 37".to_string()]), expected);
    }
}
