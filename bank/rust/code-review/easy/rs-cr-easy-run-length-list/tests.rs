#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 2], vec![2, 1], vec![3, 3]];
        assert_eq!(run_length_list(vec![1, 1, 2, 3, 3, 3]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Vec<i64>> = vec![vec![2, 3], vec![3, 1], vec![2, 2]];
        assert_eq!(run_length_list(vec![2, 2, 2, 3, 2, 2]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(run_length_list(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Vec<i64>> = vec![vec![5, 1]];
        assert_eq!(run_length_list(vec![5]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Vec<i64>> = vec![vec![7, 4]];
        assert_eq!(run_length_list(vec![7, 7, 7, 7]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 1], vec![2, 1], vec![1, 1], vec![2, 1]];
        assert_eq!(run_length_list(vec![1, 2, 1, 2]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 2], vec![-1, 2], vec![0, 1]];
        assert_eq!(run_length_list(vec![0, 0, -1, -1, 0]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Vec<i64>> = vec![vec![4, 2], vec![5, 1]];
        assert_eq!(run_length_list(vec![4, 4, 5]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Vec<i64>> = vec![vec![9, 1], vec![8, 2]];
        assert_eq!(run_length_list(vec![9, 8, 8]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Vec<i64>> = vec![vec![-3, 1]];
        assert_eq!(run_length_list(vec![-3]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<Vec<i64>> = vec![vec![1000000000000, 2]];
        assert_eq!(run_length_list(vec![1000000000000, 1000000000000]), expected);
    }
}
