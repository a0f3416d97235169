#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 10;
        assert_eq!(break_cost(vec!["aaa".to_string(), "bb".to_string(), "cc".to_string(), "ddddd".to_string()], 6).expect("unexpected Err"), expected);
    }
}
