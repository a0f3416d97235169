#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![1, 0, 3, 3];
        assert_eq!(cluster_queries(5, vec!["link 0 1".to_string(), "same 0 1".to_string(), "same 0 2".to_string(), "link 1 2".to_string(), "size 0".to_string(), "count".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![3];
        assert_eq!(cluster_queries(3, vec!["count".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![1, 1, 1];
        assert_eq!(cluster_queries(1, vec!["same 0 0".to_string(), "size 0".to_string(), "count".to_string()]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![3, 2];
        assert_eq!(cluster_queries(4, vec!["link 0 1".to_string(), "link 1 0".to_string(), "link 0 1".to_string(), "count".to_string(), "size 1".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![2, 1];
        assert_eq!(cluster_queries(2, vec!["link 1 1".to_string(), "count".to_string(), "size 1".to_string()]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![0, 1, 4, 2, 6, 1];
        assert_eq!(cluster_queries(6, vec!["link 0 1".to_string(), "link 2 3".to_string(), "link 4 5".to_string(), "same 0 3".to_string(), "link 1 2".to_string(), "same 0 3".to_string(), "size 3".to_string(), "count".to_string(), "link 3 5".to_string(), "size 0".to_string(), "count".to_string()]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![];
        assert_eq!(cluster_queries(4, vec![]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![];
        assert_eq!(cluster_queries(3, vec!["link 0 1".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![1, 2, 11];
        assert_eq!(cluster_queries(12, vec!["link 10 11".to_string(), "same 11 10".to_string(), "size 10".to_string(), "count".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![4, 1, 6, 5, 0, 4, 1, 10];
        assert_eq!(cluster_queries(10, vec!["link 9 8".to_string(), "link 7 6".to_string(), "link 8 6".to_string(), "size 7".to_string(), "same 9 7".to_string(), "link 0 5".to_string(), "link 5 9".to_string(), "size 0".to_string(), "count".to_string(), "same 1 2".to_string(), "link 2 1".to_string(), "link 3 4".to_string(), "link 4 2".to_string(), "size 3".to_string(), "link 1 0".to_string(), "count".to_string(), "size 6".to_string()]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![4, 2, 4, 1, 8];
        assert_eq!(cluster_queries(8, vec!["link 0 1".to_string(), "link 2 3".to_string(), "link 4 5".to_string(), "link 6 7".to_string(), "count".to_string(), "link 1 2".to_string(), "link 5 6".to_string(), "count".to_string(), "size 4".to_string(), "link 3 4".to_string(), "same 0 7".to_string(), "size 0".to_string()]), expected);
    }
}
