#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "userId".to_string();
        assert_eq!(snake_to_camel("user_id"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "getHttpResponse".to_string();
        assert_eq!(snake_to_camel("get_http_response"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(snake_to_camel(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "".to_string();
        assert_eq!(snake_to_camel("___"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "name".to_string();
        assert_eq!(snake_to_camel("name"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "privateValue".to_string();
        assert_eq!(snake_to_camel("_private_value"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "doubleUnder".to_string();
        assert_eq!(snake_to_camel("double__under"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "trailing".to_string();
        assert_eq!(snake_to_camel("trailing_"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "shoutCase".to_string();
        assert_eq!(snake_to_camel("SHOUT_CASE"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "aBC".to_string();
        assert_eq!(snake_to_camel("a_b_c"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "version2Beta".to_string();
        assert_eq!(snake_to_camel("version_2_beta"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "mixedCaseWords".to_string();
        assert_eq!(snake_to_camel("Mixed_CASE_words"), expected);
    }
}
