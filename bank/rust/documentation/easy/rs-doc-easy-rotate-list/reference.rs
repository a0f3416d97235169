
/// Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
/// * `steps` - the steps (int) the description refers to as `steps`
///
/// # Returns
///
/// the result described above (list of int)
pub fn rotate_list(values: Vec<i64>, steps: i64) -> Vec<i64> {
    if values.is_empty() {
        return values;
    }
    let shift = steps.rem_euclid(values.len() as i64) as usize;
    let mut rotated = values;
    rotated.rotate_right(shift);
    rotated
}
