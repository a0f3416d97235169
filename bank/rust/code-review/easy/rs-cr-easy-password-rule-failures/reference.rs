//! Report which password rules a password breaks.

const MIN_LENGTH: usize = 8;

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
