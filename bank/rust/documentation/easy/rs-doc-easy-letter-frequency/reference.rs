
use std::collections::HashMap;

/// Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (map of int)
pub fn letter_frequency(text: &str) -> HashMap<String, i64> {
    let mut counts = HashMap::new();
    for ch in text.chars().filter(char::is_ascii_alphabetic) {
        *counts
            .entry(ch.to_ascii_lowercase().to_string())
            .or_insert(0) += 1;
    }
    counts
}
