
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
