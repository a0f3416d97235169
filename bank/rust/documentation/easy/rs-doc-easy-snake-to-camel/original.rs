
fn capitalize(piece: &str) -> String {
    let mut chars = piece.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn snake_to_camel(name: &str) -> String {
    let mut pieces = name
        .split('_')
        .filter(|piece| !piece.is_empty())
        .map(str::to_lowercase);
    let mut result = pieces.next().unwrap_or_default();
    for piece in pieces {
        result.push_str(&capitalize(&piece));
    }
    result
}
