#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let actual: f64 = trimmed_mean(vec![1.0, 2.0, 3.0, 4.0]).expect("unexpected Err");
        let expected: f64 = 2.5;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_02() {
        let actual: f64 = trimmed_mean(vec![5.0, 1.0, 9.0]).expect("unexpected Err");
        let expected: f64 = 5.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_03() {
        let actual: f64 = trimmed_mean(vec![2.0, 2.0, 2.0]).expect("unexpected Err");
        let expected: f64 = 2.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_04() {
        let actual: f64 = trimmed_mean(vec![1.0, 1.0, 10.0, 10.0]).expect("unexpected Err");
        let expected: f64 = 5.5;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_05() {
        let actual: f64 = trimmed_mean(vec![-3.5, 0.0, 3.5, 100.0]).expect("unexpected Err");
        let expected: f64 = 1.75;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_06() {
        let actual: f64 = trimmed_mean(vec![0.1, 0.2, 0.3, 0.4]).expect("unexpected Err");
        let expected: f64 = 0.25;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_07() {
        let actual: f64 = trimmed_mean(vec![7.0, 3.0, 5.0, 1.0, 9.0]).expect("unexpected Err");
        let expected: f64 = 5.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_08() {
        let actual: f64 = trimmed_mean(vec![-1.0, -2.0, -3.0]).expect("unexpected Err");
        let expected: f64 = -2.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_09() {
        let actual: f64 = trimmed_mean(vec![1000000.0, 1.0, 2.0, 3.0]).expect("unexpected Err");
        let expected: f64 = 2.5;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_10() {
        let actual: f64 = trimmed_mean(vec![1.5, 2.5, 2.5, 100.0, -100.0]).expect("unexpected Err");
        let expected: f64 = 2.1666666667;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_11() {
        assert!(trimmed_mean(vec![]).is_err());
    }

    #[test]
    fn case_12() {
        assert!(trimmed_mean(vec![1.0, 2.0]).is_err());
    }
}
