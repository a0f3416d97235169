#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: HashMap<String, i64> = HashMap::from([("1".to_string(), 1), ("2".to_string(), 1), ("3".to_string(), 4)]);
        assert_eq!(word_length_histogram("the cat sat on a mat"), expected);
    }

    #[test]
    fn case_02() {
        let expected: HashMap<String, i64> = HashMap::from([("1".to_string(), 1), ("3".to_string(), 1), ("4".to_string(), 1)]);
        assert_eq!(word_length_histogram("don't stop"), expected);
    }

    #[test]
    fn case_03() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(word_length_histogram(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: HashMap<String, i64> = HashMap::new();
        assert_eq!(word_length_histogram("123 !!"), expected);
    }

    #[test]
    fn case_05() {
        let expected: HashMap<String, i64> = HashMap::from([("5".to_string(), 1)]);
        assert_eq!(word_length_histogram("hello"), expected);
    }

    #[test]
    fn case_06() {
        let expected: HashMap<String, i64> = HashMap::from([("1".to_string(), 3)]);
        assert_eq!(word_length_histogram("a-b-c"), expected);
    }

    #[test]
    fn case_07() {
        let expected: HashMap<String, i64> = HashMap::from([("11".to_string(), 1), ("5".to_string(), 1)]);
        assert_eq!(word_length_histogram("Mississippi river"), expected);
    }

    #[test]
    fn case_08() {
        let expected: HashMap<String, i64> = HashMap::from([("4".to_string(), 3)]);
        assert_eq!(word_length_histogram("well,well,WELL"), expected);
    }

    #[test]
    fn case_09() {
        let expected: HashMap<String, i64> = HashMap::from([("1".to_string(), 1)]);
        assert_eq!(word_length_histogram("  x  "), expected);
    }

    #[test]
    fn case_10() {
        let expected: HashMap<String, i64> = HashMap::from([("3".to_string(), 3), ("4".to_string(), 2), ("5".to_string(), 1)]);
        assert_eq!(word_length_histogram("one two three four five six"), expected);
    }

    #[test]
    fn case_11() {
        let expected: HashMap<String, i64> = HashMap::from([("3".to_string(), 2)]);
        assert_eq!(word_length_histogram("abc123def"), expected);
    }
}
