
use std::collections::HashMap;

/// Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (string)
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
