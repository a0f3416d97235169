//! Count non-negative values into consecutive bins of equal width.

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
    let mut counts = vec![0; (largest / width) as usize + 2];
    for value in values {
        counts[(value / width) as usize] += 1;
    }
    Ok(counts)
}
