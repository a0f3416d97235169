use std::collections::HashMap;

pub fn word_positions(words: Vec<String>, limit: Option<i64>) -> Result<HashMap<String, Vec<i64>>, String> {
    if limit.map_or(false, |value| value < 0) {
        return Err("limit must not be negative".to_string());
    }
    let count = limit.map_or(words.len(), |value| (value as usize).min(words.len()));
    let mut positions: HashMap<String, Vec<i64>> = HashMap::new();
    for (index, word) in words.into_iter().take(count).enumerate() {
        positions.entry(word).or_default().push(index as i64);
    }
    Ok(positions)
}
