#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: String = "************1111".to_string();
        assert_eq!(mask_card_number("4111111111111111", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_02() {
        let expected: String = "****-****-****-1234".to_string();
        assert_eq!(mask_card_number("4111-1111-1111-1234", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_03() {
        let expected: String = "1234".to_string();
        assert_eq!(mask_card_number("1234", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_04() {
        let expected: String = "12".to_string();
        assert_eq!(mask_card_number("12", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_05() {
        let expected: String = "".to_string();
        assert_eq!(mask_card_number("", 4).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_06() {
        let expected: String = "**** ****".to_string();
        assert_eq!(mask_card_number("1234 5678", 0).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_07() {
        let expected: String = "***4 5678".to_string();
        assert_eq!(mask_card_number("1234 5678", 5).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_08() {
        let expected: String = "*-*-9".to_string();
        assert_eq!(mask_card_number("9-9-9", 1).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_09() {
        let expected: String = "5555 5555".to_string();
        assert_eq!(mask_card_number("5555 5555", 8).expect("unexpected Err"), expected);
    }

    #[test]
    fn case_10() {
        assert!(mask_card_number("1234a", 2).is_err());
    }

    #[test]
    fn case_11() {
        assert!(mask_card_number("1234", -1).is_err());
    }
}
