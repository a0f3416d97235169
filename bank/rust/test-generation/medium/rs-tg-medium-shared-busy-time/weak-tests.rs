#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 5;
        assert_eq!(shared_busy_time(vec![vec![0, 10]], vec![vec![5, 15]]), expected);
    }
}
