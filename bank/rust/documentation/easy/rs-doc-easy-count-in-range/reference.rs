
/// Count the values that lie in the closed range [low, high], that is, the values v with low <= v <= high (both bounds included).
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
/// * `low` - the low (int) the description refers to as `low`
/// * `high` - the high (int) the description refers to as `high`
///
/// # Returns
///
/// the result described above (int)
pub fn count_in_range(values: Vec<i64>, low: i64, high: i64) -> i64 {
    values
        .iter()
        .filter(|&&value| low <= value && value <= high)
        .count() as i64
}
