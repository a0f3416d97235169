//! Compute a position-weighted check digit.

pub fn weighted_check_digit(digits: &str) -> Result<i64, String> {
    if digits.is_empty() || !digits.chars().all(|ch| ch.is_ascii_digit()) {
        return Err(format!("not a digit string: {:?}", digits));
    }
    let total: i64 = digits
        .chars()
        .rev()
        .zip(1..)
        .map(|(ch, position)| position * i64::from(ch as u8 - b'0'))
        .sum();
    Ok((10 - total % 10) % 10)
}
