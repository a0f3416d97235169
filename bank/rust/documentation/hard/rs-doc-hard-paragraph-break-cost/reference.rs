
fn cheapest_from(words: &[String], first: usize, width: i64, best: &[i64]) -> i64 {
    let mut length = -1;
    let mut cheapest = i64::MAX;
    for last in first..words.len() {
        length += words[last].len() as i64 + 1;
        if length > width {
            break;
        }
        let line_cost = if last == words.len() - 1 { 0 } else { (width - length).pow(2) };
        cheapest = cheapest.min(line_cost + best[last + 1]);
    }
    cheapest
}

/// Lay out `words` (non-empty, without spaces), in their given order, on lines of at most `width` characters.
///
/// # Arguments
///
/// * `words` - the words (list of string) the description refers to as `words`
/// * `width` - the width (int) the description refers to as `width`
///
/// # Returns
///
/// the result described above (int)
///
/// # Errors
///
/// when a word is longer than width
pub fn break_cost(words: Vec<String>, width: i64) -> Result<i64, String> {
    if let Some(word) = words.iter().find(|word| word.len() as i64 > width) {
        return Err(format!("word {:?} does not fit in width {}", word, width));
    }
    let mut best = vec![0; words.len() + 1];
    for first in (0..words.len()).rev() {
        best[first] = cheapest_from(&words, first, width, &best);
    }
    Ok(best[0])
}
