#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 3;
        assert_eq!(count_with_bits(0, 7, 1), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 4;
        assert_eq!(count_with_bits(5, 10, 2), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 1;
        assert_eq!(count_with_bits(0, 0, 0), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 0;
        assert_eq!(count_with_bits(1, 1, 0), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 1;
        assert_eq!(count_with_bits(0, 15, 4), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 137846528820;
        assert_eq!(count_with_bits(0, 1099511627775, 20), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 1;
        assert_eq!(count_with_bits(3, 3, 2), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 1;
        assert_eq!(count_with_bits(8, 8, 1), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 0;
        assert_eq!(count_with_bits(0, 100, 10), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 129589292;
        assert_eq!(count_with_bits(123456789, 987654321, 15), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 1;
        assert_eq!(count_with_bits(2251799813685248, 4503599627370495, 1), expected);
    }

    #[test]
    fn case_12() {
        let expected: i64 = 950;
        assert_eq!(count_with_bits(1000, 5000, 6), expected);
    }

    #[test]
    fn case_13() {
        let expected: i64 = 344867425583;
        assert_eq!(count_with_bits(1073754169, 35184372087833, 30), expected);
    }
}
