#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 1), ("B".to_string(), 1), ("C".to_string(), 1), ("D".to_string(), 1), ("F".to_string(), 1)]);
        assert_eq!(grade_buckets(vec![95, 82, 71, 64, 12]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 0), ("B".to_string(), 0), ("C".to_string(), 0), ("D".to_string(), 0), ("F".to_string(), 0)]);
        assert_eq!(grade_buckets(vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 2), ("B".to_string(), 2), ("C".to_string(), 0), ("D".to_string(), 0), ("F".to_string(), 0)]);
        assert_eq!(grade_buckets(vec![100, 90, 89, 80]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 0), ("B".to_string(), 0), ("C".to_string(), 2), ("D".to_string(), 2), ("F".to_string(), 2)]);
        assert_eq!(grade_buckets(vec![79, 70, 69, 60, 59, 0]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 0), ("B".to_string(), 0), ("C".to_string(), 0), ("D".to_string(), 0), ("F".to_string(), 3)]);
        assert_eq!(grade_buckets(vec![50, 50, 50]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 0), ("B".to_string(), 0), ("C".to_string(), 0), ("D".to_string(), 0), ("F".to_string(), 1)]);
        assert_eq!(grade_buckets(vec![0]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 1), ("B".to_string(), 0), ("C".to_string(), 0), ("D".to_string(), 0), ("F".to_string(), 0)]);
        assert_eq!(grade_buckets(vec![100]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: HashMap<String, i64> = HashMap::from([("A".to_string(), 2), ("B".to_string(), 1), ("C".to_string(), 2), ("D".to_string(), 1), ("F".to_string(), 1)]);
        assert_eq!(grade_buckets(vec![88, 91, 77, 77, 61, 99, 35]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        assert!(grade_buckets(vec![101]).is_err());
    }

    #[test]
    fn case_10() {
        assert!(grade_buckets(vec![90, -1]).is_err());
    }
}
