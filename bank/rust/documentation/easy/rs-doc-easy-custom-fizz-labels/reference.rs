
fn validate(n: i64, divisors: &[i64], labels: &[String]) -> Result<(), String> {
    if n < 0 {
        return Err(format!("n must not be negative, got {}", n));
    }
    if divisors.len() != labels.len() {
        return Err("divisors and labels must have the same length".to_string());
    }
    if divisors.iter().any(|&divisor| divisor < 1) {
        return Err("every divisor must be at least 1".to_string());
    }
    Ok(())
}

fn label(number: i64, divisors: &[i64], labels: &[String]) -> String {
    let text: String = divisors
        .iter()
        .zip(labels)
        .filter(|(&divisor, _)| number % divisor == 0)
        .map(|(_, text)| text.as_str())
        .collect();
    if text.is_empty() {
        number.to_string()
    } else {
        text
    }
}

/// Label the numbers 1 to n.
///
/// # Arguments
///
/// * `n` - the n (int) the description refers to as `n`
/// * `divisors` - the divisors (list of int) the description refers to as `divisors`
/// * `labels` - the labels (list of string) the description refers to as `labels`
///
/// # Returns
///
/// the result described above (list of string)
///
/// # Errors
///
/// when n is negative, the lists have different lengths, or a divisor is smaller than 1
pub fn custom_fizz_labels(
    n: i64,
    divisors: Vec<i64>,
    labels: Vec<String>,
) -> Result<Vec<String>, String> {
    validate(n, &divisors, &labels)?;
    Ok((1..=n)
        .map(|number| label(number, &divisors, &labels))
        .collect())
}
