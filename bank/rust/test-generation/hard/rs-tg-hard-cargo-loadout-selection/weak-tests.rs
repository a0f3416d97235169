#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![0, 2];
        assert_eq!(choose_cargo(vec![3, 4, 5], vec![30, 50, 60], 8), expected);
    }
}
