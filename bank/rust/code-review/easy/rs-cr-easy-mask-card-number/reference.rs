//! Mask all but the last digits of a card number.

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
