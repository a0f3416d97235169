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

    #[test]
    fn case_02() {
        let expected: String = "A Tale of Two Cities".to_string();
        assert_eq!(headline_case("A TALE OF TWO CITIES"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "".to_string();
        assert_eq!(headline_case(""), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "Of".to_string();
        assert_eq!(headline_case("of"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "War and Peace".to_string();
        assert_eq!(headline_case("war and peace"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "What It Is Made Of".to_string();
        assert_eq!(headline_case("what it is made of"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "Gone With the Wind".to_string();
        assert_eq!(headline_case("gone with the wind"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "An Apple a Day".to_string();
        assert_eq!(headline_case("an apple a day"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "3rd Rock From the Sun".to_string();
        assert_eq!(headline_case("3rd rock from the sun"), expected);
    }

    #[test]
    fn case_10() {
        let expected: String = "To Be or Not to Be".to_string();
        assert_eq!(headline_case("to be or not to be"), expected);
    }

    #[test]
    fn case_11() {
        let expected: String = "X".to_string();
        assert_eq!(headline_case("x"), expected);
    }

    #[test]
    fn case_12() {
        let expected: String = "In the End".to_string();
        assert_eq!(headline_case("iN tHe eNd"), expected);
    }
}
