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
}
