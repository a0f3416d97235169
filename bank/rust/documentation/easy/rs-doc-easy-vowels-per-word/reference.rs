
const VOWELS: &str = "aeiouAEIOU";

/// Split the text into words and count the vowels in each one.
///
/// # Arguments
///
/// * `text` - the text (string) the description refers to as `text`
///
/// # Returns
///
/// the result described above (list of int)
pub fn vowels_per_word(text: &str) -> Vec<i64> {
    text.split(' ')
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().filter(|&ch| VOWELS.contains(ch)).count() as i64)
        .collect()
}
