#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Option<i64> = Some(7);
        assert_eq!(second_largest_distinct(vec![4, 1, 9, 7]), expected);
    }
}
