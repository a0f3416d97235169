#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "The Lord of the Rings".to_string();
        assert_eq!(headline_case("the lord of the rings"), expected);
    }
}
