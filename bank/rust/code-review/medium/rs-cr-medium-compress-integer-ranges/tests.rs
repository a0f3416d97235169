#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "1..3,5,7..10".to_string();
        assert_eq!(compress_ranges(vec![1, 2, 3, 5, 7, 8, 9, 10]), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "1,2,10..12".to_string();
        assert_eq!(compress_ranges(vec![10, 1, 2, 12, 11]), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(compress_ranges(vec![]), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "4".to_string();
        assert_eq!(compress_ranges(vec![4]), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "4,5".to_string();
        assert_eq!(compress_ranges(vec![5, 4]), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "3".to_string();
        assert_eq!(compress_ranges(vec![3, 3, 3]), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "1..3".to_string();
        assert_eq!(compress_ranges(vec![1, 2, 3]), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "-2..1".to_string();
        assert_eq!(compress_ranges(vec![-2, -1, 0, 1]), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "0,2,4,6".to_string();
        assert_eq!(compress_ranges(vec![0, 2, 4, 6]), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "5..7,9".to_string();
        assert_eq!(compress_ranges(vec![7, 6, 5, 5, 6, 7, 9]), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "-5..-3,100,101".to_string();
        assert_eq!(compress_ranges(vec![-5, -3, -4, 100, 101]), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "1..4".to_string();
        assert_eq!(compress_ranges(vec![1, 3, 2, 4, 3, 1]), expected);
    }
}
