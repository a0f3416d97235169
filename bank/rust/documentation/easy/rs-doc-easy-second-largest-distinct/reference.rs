
/// Return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (optional of int)
pub fn second_largest_distinct(values: Vec<i64>) -> Option<i64> {
    let top = *values.iter().max()?;
    values.into_iter().filter(|&value| value < top).max()
}
