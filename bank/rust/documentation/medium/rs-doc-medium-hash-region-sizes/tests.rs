#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 1];
        assert_eq!(region_sizes(vec!["##.".to_string(), "#..".to_string(), "..#".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![3, 2, 2, 1];
        assert_eq!(region_sizes(vec!["##..##".to_string(), "......".to_string(), "###..#".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![];
        assert_eq!(region_sizes(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![];
        assert_eq!(region_sizes(vec!["...".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(region_sizes(vec!["#".to_string()]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![1, 1, 1, 1, 1];
        assert_eq!(region_sizes(vec!["#.#".to_string(), ".#.".to_string(), "#.#".to_string()]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![8];
        assert_eq!(region_sizes(vec!["###".to_string(), "#.#".to_string(), "###".to_string()]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![8];
        assert_eq!(region_sizes(vec!["#..#".to_string(), "#..#".to_string(), "####".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![5];
        assert_eq!(region_sizes(vec![".#.".to_string(), "###".to_string(), ".#.".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![2, 1];
        assert_eq!(region_sizes(vec!["#".to_string(), "#".to_string(), ".".to_string(), "#".to_string()]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<i64> = vec![1, 1, 1, 1];
        assert_eq!(region_sizes(vec!["#.#.#.#".to_string()]), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<i64> = vec![6, 4];
        assert_eq!(region_sizes(vec!["####".to_string(), "....".to_string(), "#..#".to_string(), "####".to_string()]), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<i64> = vec![17];
        assert_eq!(region_sizes(vec!["#####".to_string(), "....#".to_string(), "#####".to_string(), "#....".to_string(), "#####".to_string()]), expected);
    }
}
