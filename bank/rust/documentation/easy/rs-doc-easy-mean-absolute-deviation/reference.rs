
/// Return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (float)
///
/// # Errors
///
/// when the list is empty
pub fn mean_absolute_deviation(values: Vec<i64>) -> Result<f64, String> {
    if values.is_empty() {
        return Err("values must not be empty".to_string());
    }
    let count = values.len() as f64;
    let mean = values.iter().map(|&value| value as f64).sum::<f64>() / count;
    let total: f64 = values
        .iter()
        .map(|&value| (value as f64 - mean).abs())
        .sum();
    Ok(total / count)
}
