#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = 3;
        assert_eq!(count_with_bits(0, 7, 1), expected);
    }
}
