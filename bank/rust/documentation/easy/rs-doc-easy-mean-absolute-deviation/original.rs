
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
