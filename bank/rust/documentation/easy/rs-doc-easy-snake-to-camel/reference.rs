
fn capitalize(piece: &str) -> String {
    let mut chars = piece.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Convert a snake_case name to camelCase.
///
/// # Arguments
///
/// * `name` - the name (string) the description refers to as `name`
///
/// # Returns
///
/// the result described above (string)
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
