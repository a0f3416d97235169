#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 2;
        assert_eq!(count_overlapping("banana", "ana").expect("unexpected Err"), expected);
    }
}
