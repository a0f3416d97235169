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

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["1".to_string(), "Even".to_string(), "3".to_string(), "Even".to_string(), "5".to_string()];
        assert_eq!(custom_fizz_labels(5, vec![2], vec!["Even".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(custom_fizz_labels(0, vec![2], vec!["X".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["1".to_string(), "2".to_string(), "3".to_string()];
        assert_eq!(custom_fizz_labels(3, vec![], vec![]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["A".to_string(), "A".to_string(), "A".to_string(), "A".to_string()];
        assert_eq!(custom_fizz_labels(4, vec![1], vec!["A".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["1".to_string(), "Foo".to_string(), "Bar".to_string(), "Foo".to_string(), "5".to_string(), "BarFoo".to_string()];
        assert_eq!(custom_fizz_labels(6, vec![3, 2], vec!["Bar".to_string(), "Foo".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["1".to_string(), "xy".to_string(), "3".to_string(), "xy".to_string()];
        assert_eq!(custom_fizz_labels(4, vec![2, 2], vec!["x".to_string(), "y".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["1".to_string()];
        assert_eq!(custom_fizz_labels(1, vec![7], vec!["Z".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["1".to_string(), "2".to_string(), "3".to_string(), "4".to_string(), "5".to_string(), "6".to_string(), "Z".to_string()];
        assert_eq!(custom_fizz_labels(7, vec![7], vec!["Z".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["1".to_string(), "2".to_string(), "3".to_string(), "Q".to_string(), "F".to_string(), "6".to_string(), "7".to_string(), "Q".to_string(), "9".to_string(), "F".to_string()];
        assert_eq!(custom_fizz_labels(10, vec![4, 5], vec!["Q".to_string(), "F".to_string()]).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        assert!(custom_fizz_labels(3, vec![2], vec!["a".to_string(), "b".to_string()]).is_err());
    }

    #[test]
    fn case_12() {
        assert!(custom_fizz_labels(3, vec![0], vec!["a".to_string()]).is_err());
    }

    #[test]
    fn case_13() {
        assert!(custom_fizz_labels(-1, vec![2], vec!["a".to_string()]).is_err());
    }
}
