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
}
