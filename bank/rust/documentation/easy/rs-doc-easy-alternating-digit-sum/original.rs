
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
