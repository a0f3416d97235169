
/// Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
/// * `width` - the width (int) the description refers to as `width`
///
/// # Returns
///
/// the result described above (list of int)
///
/// # Errors
///
/// when width is smaller than 1, or a value is negative
pub fn histogram_bins(values: Vec<i64>, width: i64) -> Result<Vec<i64>, String> {
    if width < 1 {
        return Err(format!("width must be at least 1, got {}", width));
    }
    if values.iter().any(|&value| value < 0) {
        return Err("values must not be negative".to_string());
    }
    let largest = match values.iter().max() {
        Some(&largest) => largest,
        None => return Ok(Vec::new()),
    };
    let mut counts = vec![0; (largest / width) as usize + 1];
    for value in values {
        counts[(value / width) as usize] += 1;
    }
    Ok(counts)
}
