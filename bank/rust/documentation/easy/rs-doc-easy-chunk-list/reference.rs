
/// Split the list into consecutive chunks of `size` elements, keeping the original order.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
/// * `size` - the size (int) the description refers to as `size`
///
/// # Returns
///
/// the result described above (list of list of int)
///
/// # Errors
///
/// when size is smaller than 1
pub fn chunk_list(values: Vec<i64>, size: i64) -> Result<Vec<Vec<i64>>, String> {
    if size < 1 {
        return Err(format!("size must be at least 1, got {}", size));
    }
    Ok(values
        .chunks(size as usize)
        .map(|chunk| chunk.to_vec())
        .collect())
}
