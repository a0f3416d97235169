//! Title capitalisation that keeps minor words in lower case.

const MINOR_WORDS: [&str; 9] = ["a", "an", "and", "the", "of", "in", "on", "or", "to"];

fn format_word(word: &str, is_edge: bool) -> String {
    let lower = word.to_lowercase();
    if !is_edge && MINOR_WORDS.contains(&lower.as_str()) {
        return lower;
    }
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

pub fn headline_case(title: &str) -> String {
    if title.is_empty() {
        return String::new();
    }
    let words: Vec<&str> = title.split(' ').collect();
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .map(|(index, word)| format_word(word, index == 1 || index == last))
        .collect::<Vec<_>>()
        .join(" ")
}
