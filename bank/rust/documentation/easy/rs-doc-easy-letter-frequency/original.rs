
use std::collections::HashMap;

pub fn letter_frequency(text: &str) -> HashMap<String, i64> {
    let mut counts = HashMap::new();
    for ch in text.chars().filter(char::is_ascii_alphabetic) {
        *counts
            .entry(ch.to_ascii_lowercase().to_string())
            .or_insert(0) += 1;
    }
    counts
}
