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
}
