//! The characters of a text that occur more than once, in order of first occurrence.

use std::collections::HashMap;

pub fn repeated_characters(text: &str) -> String {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for ch in text.chars() {
        *counts.entry(ch).or_insert(0) += 1;
    }
    let mut result = String::new();
    for ch in text.chars() {
        if counts[&ch] > 1 && !result.contains(ch) {
            result.push(ch);
        }
    }
    result
}
