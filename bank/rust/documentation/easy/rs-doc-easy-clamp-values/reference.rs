
/// Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
/// * `low` - the low (int) the description refers to as `low`
/// * `high` - the high (int) the description refers to as `high`
///
/// # Returns
///
/// the result described above (list of int)
///
/// # Errors
///
/// when low is greater than high
pub fn clamp_values(values: Vec<i64>, low: i64, high: i64) -> Result<Vec<i64>, String> {
    if low > high {
        return Err(format!("low {} is greater than high {}", low, high));
    }
    Ok(values
        .into_iter()
        .map(|value| value.clamp(low, high))
        .collect())
}
