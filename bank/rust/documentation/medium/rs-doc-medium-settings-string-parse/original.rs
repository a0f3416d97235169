
use std::collections::HashMap;

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
