
/// Group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (list of int)
pub fn pair_sums(values: Vec<i64>) -> Vec<i64> {
    values.chunks(2).map(|pair| pair.iter().sum()).collect()
}
