#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Option<i64>> = vec![Some(1), None, Some(1), Some(3)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "get a".to_string(), "put c 3".to_string(), "get b".to_string(), "get a".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Option<i64>> = vec![None, Some(2), Some(3)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "put b 2".to_string(), "put c 3".to_string(), "get a".to_string(), "get b".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Option<i64>> = vec![None];
        assert_eq!(lfu_simulate(0, vec!["put a 1".to_string(), "get a".to_string()]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Option<i64>> = vec![Some(2), None, Some(4)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "put a 2".to_string(), "put b 3".to_string(), "put c 4".to_string(), "get a".to_string(), "get b".to_string(), "get c".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Option<i64>> = vec![Some(1), Some(1), None, Some(3), Some(1)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "get a".to_string(), "get a".to_string(), "put b 2".to_string(), "put c 3".to_string(), "get b".to_string(), "get c".to_string(), "get a".to_string()]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Option<i64>> = vec![Some(1), Some(2), Some(3), Some(1), Some(2), None, Some(4)];
        assert_eq!(lfu_simulate(3, vec!["put a 1".to_string(), "put b 2".to_string(), "put c 3".to_string(), "get a".to_string(), "get b".to_string(), "get c".to_string(), "get a".to_string(), "get b".to_string(), "put d 4".to_string(), "get c".to_string(), "get d".to_string()]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Option<i64>> = vec![Some(1), Some(2), None, Some(2), Some(3)];
        assert_eq!(lfu_simulate(2, vec!["put x 1".to_string(), "put y 2".to_string(), "get x".to_string(), "get y".to_string(), "put z 3".to_string(), "get x".to_string(), "get y".to_string(), "get z".to_string()]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Option<i64>> = vec![Some(1), None, Some(2)];
        assert_eq!(lfu_simulate(1, vec!["put a 1".to_string(), "get a".to_string(), "put b 2".to_string(), "get a".to_string(), "get b".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Option<i64>> = vec![Some(1), Some(1), Some(4), None, Some(1)];
        assert_eq!(lfu_simulate(2, vec!["put a 1".to_string(), "get a".to_string(), "get a".to_string(), "put b 2".to_string(), "put c 3".to_string(), "put b 4".to_string(), "get b".to_string(), "get c".to_string(), "get a".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Option<i64>> = vec![];
        assert_eq!(lfu_simulate(3, vec![]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<Option<i64>> = vec![None, None, None, None, None, None, None, None, Some(18), Some(18), None, None, Some(18), None, None, None, None, Some(22), Some(18), None, Some(42), None, None, None, Some(43), None, None, Some(5), Some(5), Some(5)];
        assert_eq!(lfu_simulate(3, vec!["get b 27".to_string(), "get c 7".to_string(), "get c 28".to_string(), "get b 34".to_string(), "get c 14".to_string(), "get b 35".to_string(), "put c 18".to_string(), "get d 40".to_string(), "get d 1".to_string(), "get c 43".to_string(), "get c 6".to_string(), "get d 43".to_string(), "get e 33".to_string(), "put d 22".to_string(), "get c 3".to_string(), "get b 0".to_string(), "get e 44".to_string(), "get b 21".to_string(), "get e 26".to_string(), "get d 21".to_string(), "put a 48".to_string(), "put a 42".to_string(), "get c 1".to_string(), "put d 32".to_string(), "get e 40".to_string(), "get a 35".to_string(), "get b 34".to_string(), "put a 9".to_string(), "get b 29".to_string(), "put e 43".to_string(), "put c 5".to_string(), "get d 45".to_string(), "get e 35".to_string(), "put a 1".to_string(), "get d 2".to_string(), "put e 46".to_string(), "get b 30".to_string(), "get c 21".to_string(), "get c 38".to_string(), "get c 31".to_string()]), expected);
    }
}
