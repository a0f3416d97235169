
/// Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (string)
pub fn alternating_caps(text: &str) -> String {
    let mut upper_next = true;
    text.chars()
        .map(|ch| {
            if !ch.is_ascii_alphabetic() {
                return ch;
            }
            let converted = if upper_next {
                ch.to_ascii_uppercase()
            } else {
                ch.to_ascii_lowercase()
            };
            upper_next = !upper_next;
            converted
        })
        .collect()
}
