#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 5, 7];
        assert_eq!(clamp_values(vec![1, 5, 10], 3, 7).expect("unexpected Err"), expected);
    }
}
