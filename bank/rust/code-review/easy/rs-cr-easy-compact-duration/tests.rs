#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "1h 1m 1s".to_string();
        assert_eq!(compact_duration(3661).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "1d 1h 1m 1s".to_string();
        assert_eq!(compact_duration(90061).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "0s".to_string();
        assert_eq!(compact_duration(0).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "59s".to_string();
        assert_eq!(compact_duration(59).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "1m".to_string();
        assert_eq!(compact_duration(60).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "1h".to_string();
        assert_eq!(compact_duration(3600).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "1d".to_string();
        assert_eq!(compact_duration(86400).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "1d 1s".to_string();
        assert_eq!(compact_duration(86401).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "2h 5m".to_string();
        assert_eq!(compact_duration(7500).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "11d 13h 46m 40s".to_string();
        assert_eq!(compact_duration(1000000).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "59m 59s".to_string();
        assert_eq!(compact_duration(3599).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "2d 59s".to_string();
        assert_eq!(compact_duration(172859).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        assert!(compact_duration(-1).is_err());
    }

    #[test]
    fn case_14() {
        assert!(compact_duration(-3600).is_err());
    }
}
