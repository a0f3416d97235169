
/// Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
///
/// # Arguments
///
/// * `number` - the number (int) the description refers to as `number`
///
/// # Returns
///
/// the result described above (int)
pub fn alternating_digit_sum(number: i64) -> i64 {
    number
        .unsigned_abs()
        .to_string()
        .chars()
        .filter_map(|ch| ch.to_digit(10))
        .enumerate()
        .map(|(index, digit)| {
            let digit = i64::from(digit);
            if index % 2 == 0 {
                digit
            } else {
                -digit
            }
        })
        .sum()
}
