
/// Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (bool)
pub fn is_hex_color(text: &str) -> bool {
    match text.strip_prefix('#') {
        Some(digits) => {
            matches!(digits.len(), 3 | 6) && digits.chars().all(|ch| ch.is_ascii_hexdigit())
        }
        None => false,
    }
}
