//! Split a list into consecutive chunks of a fixed size.

pub fn chunk_list(values: Vec<i64>, size: i64) -> Result<Vec<Vec<i64>>, String> {
    if size < 0 {
        return Err(format!("size must be at least 1, got {}", size));
    }
    Ok(values
        .chunks(size as usize)
        .map(|chunk| chunk.to_vec())
        .collect())
}
