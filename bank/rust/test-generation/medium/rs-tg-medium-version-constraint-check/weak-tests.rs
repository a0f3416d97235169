#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: bool = true;
        assert_eq!(satisfies("1.4.2", ">=1.2.0 <2.0.0"), expected);
    }
}
