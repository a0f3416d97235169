pub fn average(values: Vec<f64>) -> Result<f64, String> {
    if values.is_empty() {
        return Err("no values".to_string());
    }
    Ok(values.iter().sum::<f64>() / values.len() as f64)
}
