//! Shift the ASCII letters of a text around the alphabet, keeping their case.

const ALPHABET_SIZE: i64 = 26;

fn shift_char(ch: char, shift: i64) -> char {
    let base = if ch.is_ascii_lowercase() {
        b'a'
    } else if ch.is_ascii_uppercase() {
        b'A'
    } else {
        return ch;
    };
    let offset = (i64::from(ch as u8 - base) + shift).rem_euclid(ALPHABET_SIZE);
    char::from(base + offset as u8)
}

pub fn caesar_shift(text: &str, shift: i64) -> String {
    text.chars().map(|ch| shift_char(ch, shift)).collect()
}
