#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 200;
        assert_eq!(max_booking_value(vec![vec![1, 3, 50], vec![3, 5, 20], vec![6, 19, 100], vec![2, 100, 200]]), expected);
    }
}
