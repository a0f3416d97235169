#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "Hello...".to_string();
        assert_eq!(truncate_text("Hello, world", 8).expect("unexpected Err"), expected);
    }
}
