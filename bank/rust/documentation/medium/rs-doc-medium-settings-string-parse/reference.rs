
use std::collections::HashMap;

/// Parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (map of string)
///
/// # Errors
///
/// when a non-empty segment has no '=' or an empty key
pub fn parse_settings(text: &str) -> Result<HashMap<String, String>, String> {
    let mut settings = HashMap::new();
    for segment in text.split(';').map(|segment| segment.trim_matches(' ')) {
        if segment.is_empty() {
            continue;
        }
        let (key, value) = segment
            .split_once('=')
            .ok_or_else(|| format!("malformed segment: {:?}", segment))?;
        let key = key.trim_matches(' ');
        if key.is_empty() {
            return Err(format!("malformed segment: {:?}", segment));
        }
        settings.insert(key.to_string(), value.trim_matches(' ').to_string());
    }
    Ok(settings)
}
