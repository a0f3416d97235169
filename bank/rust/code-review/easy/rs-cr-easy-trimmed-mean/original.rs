//! Mean of a list without one smallest and one largest value.

const MIN_VALUES: usize = 3;

pub fn trimmed_mean(values: Vec<f64>) -> Result<f64, String> {
    if values.len() <= MIN_VALUES {
        return Err(format!(
            "need at least {} values, got {}",
            MIN_VALUES,
            values.len()
        ));
    }
    let smallest = values.iter().copied().fold(f64::INFINITY, f64::min);
    let largest = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let kept = values.iter().sum::<f64>() - smallest - largest;
    Ok(kept / (values.len() - 2) as f64)
}
