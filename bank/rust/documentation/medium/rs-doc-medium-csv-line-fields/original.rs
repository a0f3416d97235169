
fn read_quoted(line: &str, start: usize) -> Result<(String, usize), String> {
    let mut value = String::new();
    let mut position = start + 1;
    loop {
        let closing = line[position..]
            .find('"')
            .map(|offset| position + offset)
            .ok_or_else(|| "unterminated quoted field".to_string())?;
        value.push_str(&line[position..closing]);
        if !line[closing..].starts_with("\"\"") {
            return Ok((value, closing + 1));
        }
        value.push('"');
        position = closing + 2;
    }
}

fn read_field(line: &str, start: usize) -> Result<(String, usize), String> {
    if line[start..].starts_with('"') {
        let (value, end) = read_quoted(line, start)?;
        if end < line.len() && !line[end..].starts_with(',') {
            return Err(format!("unexpected character after closing quote at {}", end));
        }
        return Ok((value, end));
    }
    let end = line[start..].find(',').map_or(line.len(), |offset| start + offset);
    Ok((line[start..end].to_string(), end))
}

pub fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut position = 0;
    loop {
        let (value, end) = read_field(line, position)?;
        fields.push(value);
        if end >= line.len() {
            return Ok(fields);
        }
        position = end + 1;
    }
}
