
const DIGITS: &str = "0123456789abcdefghijklmnopqrstuvwxyz";

fn check_base(base: i64) -> Result<u32, String> {
    if (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(format!("base out of range: {}", base))
    }
}

fn parse(digits: &str, base: u32) -> Result<i64, String> {
    if digits.is_empty() {
        return Err("no digits".to_string());
    }
    digits.chars().try_fold(0i64, |value, c| {
        let digit = c
            .to_digit(base)
            .ok_or_else(|| format!("invalid digit {:?} for base {}", c, base))?;
        Ok(value * base as i64 + digit as i64)
    })
}

fn format_digits(mut value: i64, base: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS.as_bytes()[(value % base as i64) as usize] as char);
        value /= base as i64;
        if value == 0 {
            return digits.iter().rev().collect();
        }
    }
}

/// Convert the integer written in `number` from base `from_base` to base `to_base`; both bases are between 2 and 36 inclusive.
///
/// # Arguments
///
/// * `number` - the number (string) the description refers to as `number`
/// * `from_base` - the from base (int) the description refers to as `from_base`
/// * `to_base` - the to base (int) the description refers to as `to_base`
///
/// # Returns
///
/// the result described above (string)
///
/// # Errors
///
/// when a base is outside 2..36, the number has no digits, or a character is not a valid digit in from_base
pub fn convert_base(number: &str, from_base: i64, to_base: i64) -> Result<String, String> {
    let from = check_base(from_base)?;
    let to = check_base(to_base)?;
    let (negative, digits) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let magnitude = parse(digits, from)?;
    let sign = if negative && magnitude != 0 { "-" } else { "" };
    Ok(format!("{}{}", sign, format_digits(magnitude, to)))
}
