#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let actual: f64 = percent_change(50.0, 75.0).expect("unexpected Err");
        let expected: f64 = 50.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_02() {
        let actual: f64 = percent_change(200.0, 150.0).expect("unexpected Err");
        let expected: f64 = -25.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_03() {
        let actual: f64 = percent_change(10.0, 10.0).expect("unexpected Err");
        let expected: f64 = 0.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_04() {
        let actual: f64 = percent_change(1.0, 0.0).expect("unexpected Err");
        let expected: f64 = -100.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_05() {
        let actual: f64 = percent_change(3.0, 4.0).expect("unexpected Err");
        let expected: f64 = 33.3333333333;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_06() {
        let actual: f64 = percent_change(-10.0, -5.0).expect("unexpected Err");
        let expected: f64 = 50.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_07() {
        let actual: f64 = percent_change(-10.0, -20.0).expect("unexpected Err");
        let expected: f64 = -100.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_08() {
        let actual: f64 = percent_change(0.5, 1.5).expect("unexpected Err");
        let expected: f64 = 200.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_09() {
        let actual: f64 = percent_change(4.0, 2.5).expect("unexpected Err");
        let expected: f64 = -37.5;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_10() {
        let actual: f64 = percent_change(100.0, 1000.0).expect("unexpected Err");
        let expected: f64 = 900.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_11() {
        let actual: f64 = percent_change(-4.0, 2.0).expect("unexpected Err");
        let expected: f64 = 150.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_12() {
        assert!(percent_change(0.0, 5.0).is_err());
    }

    #[test]
    fn case_13() {
        assert!(percent_change(0.0, 0.0).is_err());
    }
}
