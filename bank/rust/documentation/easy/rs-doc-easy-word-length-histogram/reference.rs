
use std::collections::HashMap;

/// Count the words of the text by length.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (map of int)
pub fn word_length_histogram(text: &str) -> HashMap<String, i64> {
    let mut counts = HashMap::new();
    let words = text
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|word| !word.is_empty());
    for word in words {
        *counts.entry(word.len().to_string()).or_insert(0) += 1;
    }
    counts
}
