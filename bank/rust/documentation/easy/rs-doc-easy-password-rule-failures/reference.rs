
const MIN_LENGTH: usize = 8;

/// Check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.
///
/// # Arguments
///
/// * `password` - the password (string) the description refers to as `password`
///
/// # Returns
///
/// the result described above (list of string)
pub fn password_rule_failures(password: &str) -> Vec<String> {
    let rules = [
        ("length", password.chars().count() >= MIN_LENGTH),
        ("upper", password.chars().any(|ch| ch.is_ascii_uppercase())),
        ("lower", password.chars().any(|ch| ch.is_ascii_lowercase())),
        ("digit", password.chars().any(|ch| ch.is_ascii_digit())),
        ("space", !password.contains(' ')),
    ];
    rules
        .iter()
        .filter(|(_, passes)| !passes)
        .map(|(rule, _)| rule.to_string())
        .collect()
}
