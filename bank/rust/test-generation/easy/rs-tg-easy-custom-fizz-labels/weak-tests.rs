#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["1".to_string(), "Foo".to_string(), "Bar".to_string(), "Foo".to_string(), "5".to_string(), "FooBar".to_string()];
        assert_eq!(custom_fizz_labels(6, vec![2, 3], vec!["Foo".to_string(), "Bar".to_string()]).expect("unexpected Err"), expected);
    }
}
