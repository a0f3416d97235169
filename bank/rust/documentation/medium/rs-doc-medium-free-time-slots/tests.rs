#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![8, 9], vec![10, 12], vec![13, 17]];
        assert_eq!(free_slots(vec![vec![9, 10], vec![12, 13]], 8, 17, 1), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 2], vec![6, 10]];
        assert_eq!(free_slots(vec![vec![2, 4], vec![3, 6]], 0, 10, 2), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 10]];
        assert_eq!(free_slots(vec![], 0, 10, 1), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(free_slots(vec![], 0, 10, 11), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(free_slots(vec![vec![0, 5], vec![5, 10]], 0, 10, 1), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![2, 5], vec![6, 8]];
        assert_eq!(free_slots(vec![vec![5, 6], vec![1, 2]], 0, 8, 1), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<Vec<i64>> = vec![vec![3, 7]];
        assert_eq!(free_slots(vec![vec![-5, 3], vec![7, 20]], 0, 10, 1), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<Vec<i64>> = vec![vec![2, 4]];
        assert_eq!(free_slots(vec![vec![1, 2], vec![4, 5]], 0, 6, 2), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 10]];
        assert_eq!(free_slots(vec![vec![20, 30]], 0, 10, 1), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<Vec<i64>> = vec![];
        assert_eq!(free_slots(vec![vec![0, 10]], 2, 8, 1), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<Vec<i64>> = vec![vec![0, 1], vec![9, 10]];
        assert_eq!(free_slots(vec![vec![1, 9], vec![2, 3]], 0, 10, 1), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<Vec<i64>> = vec![vec![4, 6]];
        assert_eq!(free_slots(vec![vec![3, 4], vec![3, 4], vec![6, 7]], 3, 7, 1), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<Vec<i64>> = vec![vec![130, 150], vec![160, 180]];
        assert_eq!(free_slots(vec![vec![100, 130], vec![60, 90], vec![150, 160], vec![85, 100]], 60, 180, 15), expected);
    }
}
