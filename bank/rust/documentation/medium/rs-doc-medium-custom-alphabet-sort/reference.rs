
use std::collections::HashMap;

/// Sort `words` using the character order given by `alphabet`.
///
/// # Arguments
///
/// * `words` - the words (list of string) the description refers to as `words`
/// * `alphabet` - the alphabet (string) the description refers to as `alphabet`
///
/// # Returns
///
/// the result described above (list of string)
///
/// # Errors
///
/// when the alphabet contains a repeated character
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
