#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 2, 4];
        assert_eq!(cheapest_route(5, vec![vec![0, 1, 2], vec![1, 4, 5], vec![0, 2, 4], vec![2, 4, 2], vec![0, 3, 1], vec![3, 4, 7]], 0, 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![0, 1, 3];
        assert_eq!(cheapest_route(4, vec![vec![0, 2, 1], vec![2, 3, 1], vec![0, 1, 1], vec![1, 3, 1]], 0, 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(cheapest_route(3, vec![vec![0, 1, 1], vec![2, 1, 1]], 0, 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(cheapest_route(3, vec![vec![0, 1, 1]], 1, 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![];
        assert_eq!(cheapest_route(2, vec![vec![1, 0, 3]], 0, 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![0, 1];
        assert_eq!(cheapest_route(2, vec![vec![0, 1, 9], vec![0, 1, 4], vec![0, 1, 6]], 0, 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![0, 1, 2, 4];
        assert_eq!(cheapest_route(5, vec![vec![0, 4, 6], vec![0, 1, 2], vec![1, 2, 2], vec![2, 4, 2], vec![0, 3, 5], vec![3, 4, 1]], 0, 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![0, 1, 3, 5];
        assert_eq!(cheapest_route(6, vec![vec![0, 1, 1], vec![0, 2, 1], vec![1, 5, 3], vec![1, 3, 1], vec![3, 5, 2], vec![2, 4, 1], vec![4, 5, 2]], 0, 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![0, 2, 3];
        assert_eq!(cheapest_route(4, vec![vec![0, 1, 5], vec![1, 3, 5], vec![0, 2, 1], vec![2, 3, 1]], 0, 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![0, 1, 2, 3];
        assert_eq!(cheapest_route(4, vec![vec![0, 0, 1], vec![0, 1, 1], vec![1, 0, 1], vec![1, 2, 2], vec![2, 1, 1], vec![2, 3, 1]], 0, 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![0];
        assert_eq!(cheapest_route(1, vec![], 0, 0).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![0, 1, 3, 6];
        assert_eq!(cheapest_route(7, vec![vec![0, 1, 2], vec![0, 2, 1], vec![1, 3, 1], vec![2, 3, 2], vec![3, 6, 4], vec![1, 4, 3], vec![4, 6, 2], vec![2, 5, 3], vec![5, 6, 3], vec![0, 6, 9]], 0, 6).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![];
        assert_eq!(cheapest_route(8, vec![vec![1, 5, 3], vec![1, 3, 3], vec![6, 7, 3], vec![7, 3, 1], vec![1, 1, 2], vec![1, 7, 1], vec![7, 5, 1], vec![6, 4, 2], vec![5, 6, 3], vec![1, 5, 1], vec![4, 4, 2], vec![2, 4, 1], vec![5, 5, 2], vec![6, 1, 2], vec![7, 1, 2], vec![7, 6, 3], vec![4, 6, 3], vec![7, 0, 3], vec![3, 2, 1], vec![1, 6, 2], vec![2, 7, 1], vec![1, 7, 3], vec![7, 4, 3], vec![6, 4, 3]], 0, 6).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_14() {
        assert!(cheapest_route(2, vec![vec![0, 1, 0]], 0, 1).is_err());
    }

    #[test]
    fn case_15() {
        assert!(cheapest_route(2, vec![vec![0, 2, 1]], 0, 1).is_err());
    }

    #[test]
    fn case_16() {
        assert!(cheapest_route(2, vec![], 0, 5).is_err());
    }
}
