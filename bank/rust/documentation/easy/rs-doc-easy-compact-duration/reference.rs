
const UNITS: [(&str, i64); 4] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)];

/// Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
///
/// # Arguments
///
/// * `seconds` - the seconds (int) the description refers to as `seconds`
///
/// # Returns
///
/// the result described above (string)
///
/// # Errors
///
/// when seconds is negative
pub fn compact_duration(seconds: i64) -> Result<String, String> {
    if seconds < 0 {
        return Err(format!("seconds must not be negative, got {}", seconds));
    }
    let mut remaining = seconds;
    let mut parts = Vec::new();
    for (letter, length) in UNITS {
        let count = remaining / length;
        remaining %= length;
        if count > 0 {
            parts.push(format!("{}{}", count, letter));
        }
    }
    if parts.is_empty() {
        return Ok("0s".to_string());
    }
    Ok(parts.join(" "))
}
