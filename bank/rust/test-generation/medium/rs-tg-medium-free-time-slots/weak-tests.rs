#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<Vec<i64>> = vec![vec![8, 9], vec![10, 12], vec![13, 17]];
        assert_eq!(free_slots(vec![vec![9, 10], vec![12, 13]], 8, 17, 1), expected);
    }
}
