#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "ff".to_string();
        assert_eq!(convert_base("255", 10, 16).expect("unexpected Err"), expected);
    }
}
