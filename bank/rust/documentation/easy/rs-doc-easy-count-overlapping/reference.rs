
/// Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
/// * `pattern` - the pattern (string) the description refers to as `pattern`
///
/// # Returns
///
/// the result described above (int)
///
/// # Errors
///
/// when the pattern is empty
pub fn count_overlapping(text: &str, pattern: &str) -> Result<i64, String> {
    if pattern.is_empty() {
        return Err("pattern must not be empty".to_string());
    }
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    let count = text
        .windows(pattern.len())
        .filter(|window| *window == pattern.as_slice())
        .count();
    Ok(count as i64)
}
