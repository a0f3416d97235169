#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 5400;
        assert_eq!(duration_to_seconds("1h30m").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: i64 = 45;
        assert_eq!(duration_to_seconds("45s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: i64 = 172800;
        assert_eq!(duration_to_seconds("2d").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: i64 = 93784;
        assert_eq!(duration_to_seconds("1d2h3m4s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: i64 = 5400;
        assert_eq!(duration_to_seconds("90m").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: i64 = 0;
        assert_eq!(duration_to_seconds("0s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: i64 = 420;
        assert_eq!(duration_to_seconds("007m").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: i64 = 3601;
        assert_eq!(duration_to_seconds("1h1s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: i64 = 36000;
        assert_eq!(duration_to_seconds("10h0m").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: i64 = 100;
        assert_eq!(duration_to_seconds("100s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: i64 = 259259;
        assert_eq!(duration_to_seconds("3d59s").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        assert!(duration_to_seconds("30m1h").is_err());
    }

    #[test]
    fn case_13() {
        assert!(duration_to_seconds("1h30").is_err());
    }

    #[test]
    fn case_14() {
        assert!(duration_to_seconds("1h 30m").is_err());
    }
}
