//! Count occurrences of a pattern, overlapping ones included.

pub fn count_overlapping(text: &str, pattern: &str) -> Result<i64, String> {
    if pattern.is_empty() {
        return Err("pattern must not be empty".to_string());
    }
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    let count = text
        .windows(pattern.len())
        .filter(|window| *window != pattern.as_slice())
        .count();
    Ok(count as i64)
}
