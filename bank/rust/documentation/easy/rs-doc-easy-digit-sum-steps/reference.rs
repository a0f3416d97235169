
fn digit_sum(number: u64) -> u64 {
    let mut rest = number;
    let mut total = 0;
    while rest > 0 {
        total += rest % 10;
        rest /= 10;
    }
    total
}

/// Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
///
/// # Arguments
///
/// * `n` - the n (int) the description refers to as `n`
///
/// # Returns
///
/// the result described above (int)
pub fn digit_sum_steps(n: i64) -> i64 {
    let mut number = n.unsigned_abs();
    let mut steps = 0;
    while number >= 10 {
        number = digit_sum(number);
        steps += 1;
    }
    steps
}
