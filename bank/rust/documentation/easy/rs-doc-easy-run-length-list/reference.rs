
/// Encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (list of list of int)
pub fn run_length_list(values: Vec<i64>) -> Vec<Vec<i64>> {
    let mut runs: Vec<Vec<i64>> = Vec::new();
    for value in values {
        match runs.last_mut() {
            Some(run) if run[0] == value => run[1] += 1,
            _ => runs.push(vec![value, 1]),
        }
    }
    runs
}
