#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(is_valid_identifier("user_name"), expected);
    }
}
