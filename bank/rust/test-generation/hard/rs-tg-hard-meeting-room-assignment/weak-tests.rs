#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 1, 1];
        assert_eq!(assign_rooms(vec![vec![0, 30], vec![5, 10], vec![15, 20]]), expected);
    }
}
