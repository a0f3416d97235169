pub fn longest_word(text: &str, at_least: i64) -> Option<String> {
    let mut best: Option<&str> = None;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        if best.map_or(true, |found| word.len() > found.len()) {
            best = Some(word);
        }
    }
    best.filter(|word| word.len() as i64 >= at_least).map(str::to_string)
}
