//! Shorten a text to a maximum length, marking the cut with "...".

const ELLIPSIS: &str = "...";

pub fn truncate_text(text: &str, max_length: i64) -> Result<String, String> {
    if max_length < ELLIPSIS.len() as i64 {
        return Err(format!("max_length must be at least 3, got {}", max_length));
    }
    let max_length = max_length as usize;
    if text.chars().count() <= max_length {
        return Ok(text.to_string());
    }
    let kept: String = text.chars().take(max_length - ELLIPSIS.len()).collect();
    Ok(kept + ELLIPSIS)
}
