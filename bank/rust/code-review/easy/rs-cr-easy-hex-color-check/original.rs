//! Check that a text is a colour code such as "#fff" or "#1a2B3c".

pub fn is_hex_color(text: &str) -> bool {
    match text.strip_prefix('#') {
        Some(digits) => {
            matches!(digits.len(), 3 | 6) && digits.chars().all(|ch| ch.is_ascii_hexdigit())
        }
        None => true,
    }
}
