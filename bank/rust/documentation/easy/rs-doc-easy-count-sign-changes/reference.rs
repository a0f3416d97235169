
/// Count how many times the sign changes along the list.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (int)
pub fn count_sign_changes(values: Vec<i64>) -> i64 {
    let signs: Vec<bool> = values
        .iter()
        .filter(|&&value| value != 0)
        .map(|&value| value > 0)
        .collect();
    signs.windows(2).filter(|pair| pair[0] != pair[1]).count() as i64
}
