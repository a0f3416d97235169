//! Parses a compact duration string such as "1h30m" into seconds.

const UNITS: [(char, i64); 4] = [('d', 86_400), ('h', 3_600), ('m', 60), ('s', 1)];

pub fn duration_to_seconds(text: &str) -> Result<i64, String> {
    if text.is_empty() {
        return Err("empty duration".to_string());
    }
    let bytes = text.as_bytes();
    let (mut total, mut last_rank, mut position) = (0, None, 0);
    while position < bytes.len() {
        let start = position;
        while position < bytes.len() && bytes[position].is_ascii_digit() {
            position += 1;
        }
        let unit = bytes.get(position).map(|&b| b as char);
        let rank = unit.and_then(|u| UNITS.iter().position(|&(name, _)| name == u));
        let rank = match rank {
            Some(rank) if position > start => rank,
            _ => return Err(format!("malformed duration at position {}: {:?}", start, text)),
        };
        if last_rank.map_or(false, |last| rank <= last) {
            return Err(format!("units repeated or out of order: {:?}", text));
        }
        let value: i64 = text[start..position].parse().map_err(|_| "number too large".to_string())?;
        total += value * UNITS[rank].1;
        last_rank = Some(rank);
        position += 1;
    }
    Ok(total)
}
