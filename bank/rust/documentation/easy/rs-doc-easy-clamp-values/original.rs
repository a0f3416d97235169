
pub fn clamp_values(values: Vec<i64>, low: i64, high: i64) -> Result<Vec<i64>, String> {
    if low > high {
        return Err(format!("low {} is greater than high {}", low, high));
    }
    Ok(values
        .into_iter()
        .map(|value| value.clamp(low, high))
        .collect())
}
