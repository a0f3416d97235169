
use std::collections::HashMap;

fn is_integer(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    !digits.is_empty() && digits.chars().all(|ch| ch.is_ascii_digit())
}

fn parse_pair(piece: &str) -> Result<(String, i64), String> {
    let (key, value) = match piece.split_once('=') {
        Some((key, value)) => (key.trim(), value.trim()),
        None => return Err(format!("not a key=value pair: {:?}", piece)),
    };
    if key.is_empty() {
        return Err(format!("empty key in {:?}", piece));
    }
    if !is_integer(value) {
        return Err(format!("value of {:?} is not an integer: {:?}", key, value));
    }
    let number = value.parse::<i64>().map_err(|error| error.to_string())?;
    Ok((key.to_string(), number))
}

pub fn parse_key_values(text: &str) -> Result<HashMap<String, i64>, String> {
    if text.trim().is_empty() {
        return Ok(HashMap::new());
    }
    text.split(';').map(parse_pair).collect()
}
