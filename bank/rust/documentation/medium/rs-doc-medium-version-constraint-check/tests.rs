#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(satisfies("1.4.2", ">=1.2.0 <2.0.0"), expected);
    }

    #[test]
    fn case_02() {
        let expected: bool = false;
        assert_eq!(satisfies("2.0.0", ">=1.2.0 <2.0.0"), expected);
    }

    #[test]
    fn case_03() {
        let expected: bool = true;
        assert_eq!(satisfies("1.2.0", ">=1.2.0"), expected);
    }

    #[test]
    fn case_04() {
        let expected: bool = true;
        assert_eq!(satisfies("1.10.0", ">1.9.9"), expected);
    }

    #[test]
    fn case_05() {
        let expected: bool = false;
        assert_eq!(satisfies("1.10.0", "<1.9.0"), expected);
    }

    #[test]
    fn case_06() {
        let expected: bool = true;
        assert_eq!(satisfies("3.0.0", "=3.0.0"), expected);
    }

    #[test]
    fn case_07() {
        let expected: bool = false;
        assert_eq!(satisfies("3.0.1", "=3.0.0"), expected);
    }

    #[test]
    fn case_08() {
        let expected: bool = true;
        assert_eq!(satisfies("0.5.0", "<0.1.0 || >=0.5.0"), expected);
    }

    #[test]
    fn case_09() {
        let expected: bool = false;
        assert_eq!(satisfies("0.3.0", "<0.1.0 || >=0.5.0"), expected);
    }

    #[test]
    fn case_10() {
        let expected: bool = true;
        assert_eq!(satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0"), expected);
    }

    #[test]
    fn case_11() {
        let expected: bool = false;
        assert_eq!(satisfies("1.0.0", ">1.0.0 <1.0.0"), expected);
    }

    #[test]
    fn case_12() {
        let expected: bool = false;
        assert_eq!(satisfies("10.0.0", "<=9.99.99"), expected);
    }

    #[test]
    fn case_13() {
        let expected: bool = true;
        assert_eq!(satisfies("0.0.0", "<=0.0.0 >=0.0.0"), expected);
    }

    #[test]
    fn case_14() {
        let expected: bool = true;
        assert_eq!(satisfies("1.2.3", "  >1.2.2   <1.2.4  "), expected);
    }

    #[test]
    fn case_15() {
        let expected: bool = false;
        assert_eq!(satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4"), expected);
    }
}
