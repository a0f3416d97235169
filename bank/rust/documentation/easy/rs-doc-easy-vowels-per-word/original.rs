
const VOWELS: &str = "aeiouAEIOU";

pub fn vowels_per_word(text: &str) -> Vec<i64> {
    text.split(' ')
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().filter(|&ch| VOWELS.contains(ch)).count() as i64)
        .collect()
}
