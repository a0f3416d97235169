#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: i64 = -1;
        assert_eq!(first_bad_bracket("a(b[c]d)e"), expected);
    }
}
