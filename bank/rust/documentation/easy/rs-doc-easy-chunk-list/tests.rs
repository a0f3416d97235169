#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]];
        assert_eq!(chunk_list(vec![1, 2, 3, 4, 5, 6, 7], 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2], vec![3, 4]];
        assert_eq!(chunk_list(vec![1, 2, 3, 4], 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(chunk_list(vec![], 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Vec<i64>> = vec![vec![5]];
        assert_eq!(chunk_list(vec![5], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2, 3]];
        assert_eq!(chunk_list(vec![1, 2, 3], 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2, 3]];
        assert_eq!(chunk_list(vec![1, 2, 3], 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Vec<i64>> = vec![vec![1], vec![2], vec![3]];
        assert_eq!(chunk_list(vec![1, 2, 3], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Vec<i64>> = vec![vec![-1, 0, 1], vec![2]];
        assert_eq!(chunk_list(vec![-1, 0, 1, 2], 3).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(chunk_list(vec![], 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Vec<i64>> = vec![vec![9, 9], vec![9, 9], vec![9]];
        assert_eq!(chunk_list(vec![9, 9, 9, 9, 9], 2).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(chunk_list(vec![1, 2], 0).is_err());
    }

    #[test]
    fn case_12() {
        assert!(chunk_list(vec![], -2).is_err());
    }

    #[test]
    fn case_13() {
        assert!(chunk_list(vec![1], -1).is_err());
    }
}
