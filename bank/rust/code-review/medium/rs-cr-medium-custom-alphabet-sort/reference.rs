//! Sorts words by a custom alphabet; unknown characters rank after it, by character code.

use std::collections::HashMap;

pub fn sort_by_alphabet(words: Vec<String>, alphabet: &str) -> Result<Vec<String>, String> {
    let mut rank = HashMap::new();
    for (position, c) in alphabet.chars().enumerate() {
        if rank.insert(c, position).is_some() {
            return Err("alphabet has a repeated character".to_string());
        }
    }
    let outside = rank.len();
    let key = |word: &String| -> Vec<usize> {
        word.chars().map(|c| rank.get(&c).copied().unwrap_or(outside + c as usize)).collect()
    };
    let mut sorted = words;
    sorted.sort_by_cached_key(key);
    Ok(sorted)
}
