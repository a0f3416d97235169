#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 1, 1];
        assert_eq!(assign_rooms(vec![vec![0, 30], vec![5, 10], vec![15, 20]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![];
        assert_eq!(assign_rooms(vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![0, 0];
        assert_eq!(assign_rooms(vec![vec![1, 5], vec![5, 9]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![0, 1, 2, 2, 1];
        assert_eq!(assign_rooms(vec![vec![0, 10], vec![0, 5], vec![0, 3], vec![4, 8], vec![6, 12]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![0, 0, 0];
        assert_eq!(assign_rooms(vec![vec![10, 20], vec![0, 5], vec![5, 10]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![0, 1, 2];
        assert_eq!(assign_rooms(vec![vec![2, 4], vec![2, 3], vec![2, 5]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![0, 1, 2, 0];
        assert_eq!(assign_rooms(vec![vec![0, 4], vec![0, 2], vec![0, 3], vec![5, 6]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![0, 1, 1];
        assert_eq!(assign_rooms(vec![vec![0, 10], vec![0, 2], vec![3, 4]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![0, 1, 0];
        assert_eq!(assign_rooms(vec![vec![-5, -1], vec![-3, 0], vec![-1, 2]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![4, 0, 1, 0, 2, 1, 3, 0, 1, 0, 1, 1, 2, 3];
        assert_eq!(assign_rooms(vec![vec![10, 15], vec![1, 9], vec![4, 5], vec![15, 21], vec![8, 16], vec![6, 12], vec![8, 15], vec![9, 13], vec![18, 19], vec![13, 15], vec![20, 25], vec![15, 17], vec![16, 22], vec![15, 21]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![1, 1, 0, 0, 2, 3, 0, 2, 1, 1];
        assert_eq!(assign_rooms(vec![vec![5, 7], vec![2, 3], vec![0, 3], vec![6, 7], vec![6, 8], vec![6, 9], vec![4, 6], vec![5, 6], vec![4, 5], vec![0, 2]]), expected);
    }
}
