#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let actual: f64 = mean_absolute_deviation(vec![1, 2, 3, 4]).expect("unexpected Err");
        let expected: f64 = 1.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_02() {
        let actual: f64 = mean_absolute_deviation(vec![1, 1, 1, 5]).expect("unexpected Err");
        let expected: f64 = 1.5;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_03() {
        let actual: f64 = mean_absolute_deviation(vec![5]).expect("unexpected Err");
        let expected: f64 = 0.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_04() {
        let actual: f64 = mean_absolute_deviation(vec![2, 2, 2]).expect("unexpected Err");
        let expected: f64 = 0.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_05() {
        let actual: f64 = mean_absolute_deviation(vec![1, 3]).expect("unexpected Err");
        let expected: f64 = 1.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_06() {
        let actual: f64 = mean_absolute_deviation(vec![0, 10]).expect("unexpected Err");
        let expected: f64 = 5.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_07() {
        let actual: f64 = mean_absolute_deviation(vec![1, 2, 3]).expect("unexpected Err");
        let expected: f64 = 0.6666666667;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_08() {
        let actual: f64 = mean_absolute_deviation(vec![-5, 5]).expect("unexpected Err");
        let expected: f64 = 5.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_09() {
        let actual: f64 = mean_absolute_deviation(vec![10, 20, 30, 40, 50]).expect("unexpected Err");
        let expected: f64 = 12.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_10() {
        let actual: f64 = mean_absolute_deviation(vec![-3, -1]).expect("unexpected Err");
        let expected: f64 = 1.0;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_11() {
        let actual: f64 = mean_absolute_deviation(vec![0, 0, 0, 9]).expect("unexpected Err");
        let expected: f64 = 3.375;
        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);
    }

    #[test]
    fn case_12() {
        assert!(mean_absolute_deviation(vec![]).is_err());
    }
}
