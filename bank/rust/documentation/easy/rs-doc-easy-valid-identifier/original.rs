
const MAX_LENGTH: usize = 30;

pub fn is_valid_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = match chars.next() {
        Some(first) => first.is_ascii_alphabetic() || first == '_',
        None => false,
    };
    first_ok
        && name.chars().count() <= MAX_LENGTH
        && chars.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
}
