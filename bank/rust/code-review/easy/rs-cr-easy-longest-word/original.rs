//! The first longest space-separated word of a text.

pub fn longest_word(text: &str) -> String {
    let mut best = "";
    for word in text.split(' ') {
        if word.chars().count() >= best.chars().count() {
            best = word;
        }
    }
    best.to_string()
}
