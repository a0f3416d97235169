
/// Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
///
/// # Arguments
///
/// * `old` - the old (float) the description refers to as `old`
/// * `new` - the new (float) the description refers to as `new`
///
/// # Returns
///
/// the result described above (float)
///
/// # Errors
///
/// when old is zero
pub fn percent_change(old: f64, new: f64) -> Result<f64, String> {
    if old == 0.0 {
        return Err("old must not be zero".to_string());
    }
    Ok((new - old) / old.abs() * 100.0)
}
