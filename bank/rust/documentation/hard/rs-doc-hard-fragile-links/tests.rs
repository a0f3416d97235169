#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 3]];
        assert_eq!(fragile_links(4, vec![vec![0, 1], vec![1, 2], vec![2, 0], vec![1, 3]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(fragile_links(3, vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![1, 2], vec![2, 3]];
        assert_eq!(fragile_links(4, vec![vec![0, 1], vec![1, 2], vec![2, 3]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(fragile_links(2, vec![vec![0, 1], vec![1, 0]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1]];
        assert_eq!(fragile_links(2, vec![vec![0, 0], vec![0, 1]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Vec<i64>> = vec![vec![2, 3]];
        assert_eq!(fragile_links(6, vec![vec![0, 1], vec![1, 2], vec![2, 0], vec![3, 4], vec![4, 5], vec![5, 3], vec![2, 3]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![3, 4]];
        assert_eq!(fragile_links(5, vec![vec![4, 3], vec![1, 0]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![1, 2]];
        assert_eq!(fragile_links(3, vec![vec![2, 1], vec![1, 0]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![0, 4]];
        assert_eq!(fragile_links(5, vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![0, 4]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(fragile_links(0, vec![]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(fragile_links(7, vec![vec![0, 1], vec![1, 2], vec![2, 3], vec![3, 1], vec![3, 4], vec![4, 5], vec![5, 6], vec![6, 4], vec![0, 6]]), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<Vec<i64>> = vec![vec![1, 6], vec![5, 7]];
        assert_eq!(fragile_links(10, vec![vec![1, 7], vec![7, 5], vec![8, 8], vec![8, 1], vec![4, 4], vec![0, 1], vec![9, 0], vec![1, 8], vec![7, 9], vec![1, 6], vec![9, 7], vec![9, 7]]), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![1, 2], vec![5, 6], vec![6, 7], vec![9, 10], vec![10, 11]];
        assert_eq!(fragile_links(12, vec![vec![0, 1], vec![1, 2], vec![2, 3], vec![3, 4], vec![4, 5], vec![5, 6], vec![6, 7], vec![7, 8], vec![8, 9], vec![9, 10], vec![10, 11], vec![2, 5], vec![7, 9], vec![9, 7]]), expected);
    }
}
