
fn number(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn tag_key(tag: &str) -> Option<[i64; 5]> {
    let text = tag.strip_prefix('v').unwrap_or(tag);
    let (version, candidate) = match text.split_once("-rc") {
        Some((version, candidate)) => (version, Some(number(candidate)?)),
        None => (text, None),
    };
    let parts: Vec<i64> = version.split('.').map(number).collect::<Option<_>>()?;
    if parts.len() != 3 {
        return None;
    }
    Some([
        parts[0],
        parts[1],
        parts[2],
        i64::from(candidate.is_none()),
        candidate.unwrap_or(0),
    ])
}

pub fn order_release_tags(tags: Vec<String>) -> Result<Vec<String>, String> {
    let mut keyed = tags
        .into_iter()
        .map(|tag| {
            tag_key(&tag)
                .map(|key| (key, tag.clone()))
                .ok_or(format!("malformed tag: {:?}", tag))
        })
        .collect::<Result<Vec<_>, _>>()?;
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(keyed.into_iter().map(|(_, tag)| tag).collect())
}
