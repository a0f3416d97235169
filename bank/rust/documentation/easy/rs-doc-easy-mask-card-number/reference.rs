
/// Mask a card number for display.
///
/// # Arguments
///
/// * `number` - the number (string) the description refers to as `number`
/// * `visible` - the visible (int) the description refers to as `visible`
///
/// # Returns
///
/// the result described above (string)
///
/// # Errors
///
/// when the number holds a character other than a digit, a space or a dash, or visible is negative
pub fn mask_card_number(number: &str, visible: i64) -> Result<String, String> {
    if visible < 0 {
        return Err(format!("visible must not be negative, got {}", visible));
    }
    if number
        .chars()
        .any(|ch| !ch.is_ascii_digit() && ch != ' ' && ch != '-')
    {
        return Err(format!("unexpected character in {:?}", number));
    }
    let digits = number.chars().filter(char::is_ascii_digit).count() as i64;
    let mut to_mask = (digits - visible).max(0);
    let masked = number
        .chars()
        .map(|ch| {
            if ch.is_ascii_digit() && to_mask > 0 {
                to_mask -= 1;
                '*'
            } else {
                ch
            }
        })
        .collect();
    Ok(masked)
}
