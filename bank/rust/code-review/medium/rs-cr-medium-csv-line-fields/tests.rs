#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(split_csv_line("a,b,c").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec!["x,y".to_string(), "z".to_string()];
        assert_eq!(split_csv_line("\"x,y\",z").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec!["".to_string()];
        assert_eq!(split_csv_line("").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["".to_string(), "".to_string()];
        assert_eq!(split_csv_line(",").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["say \"hi\"".to_string(), "2".to_string()];
        assert_eq!(split_csv_line("\"say \"\"hi\"\"\",2").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec![" a ".to_string(), " b ".to_string()];
        assert_eq!(split_csv_line(" a , b ").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["".to_string()];
        assert_eq!(split_csv_line("\"\"").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["a".to_string(), "".to_string(), "b".to_string()];
        assert_eq!(split_csv_line("a,\"\",b").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["ab\"c".to_string(), "d".to_string()];
        assert_eq!(split_csv_line("ab\"c,d").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["".to_string(), "".to_string(), "".to_string()];
        assert_eq!(split_csv_line("\"\",,").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["a\"".to_string(), "b".to_string()];
        assert_eq!(split_csv_line("\"a\"\"\",b").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<String> = vec!["x".to_string(), "multi, comma, field".to_string()];
        assert_eq!(split_csv_line("x,\"multi, comma, field\"").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_13() {
        let expected: Vec<String> = vec![" \"a\"".to_string()];
        assert_eq!(split_csv_line(" \"a\"").expect("unexpected Err"), expected);
    }

    #[test]
    fn case_14() {
        assert!(split_csv_line("\"abc").is_err());
    }

    #[test]
    fn case_15() {
        assert!(split_csv_line("\"ab\"c,d").is_err());
    }

    #[test]
    fn case_16() {
        assert!(split_csv_line("a,\"b").is_err());
    }
}
