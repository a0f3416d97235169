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
}
