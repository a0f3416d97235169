pub fn chunk_list(values: Vec<i64>, size: i64) -> Result<Vec<Vec<i64>>, String> {
    if size < 1 {
        return Err(String::from("bad"));
    }
    let mut result: Vec<Vec<i64>> = Vec::new();
    let mut current: Vec<i64> = Vec::new();
    for i in 0..values.len() {
        current.push(values.clone()[i]);
        if current.len() as i64 == size {
            result.push(current.clone());
            current = Vec::new();
        }
    }
    if current.len() != 0 {
        result.push(current.clone());
    }
    return Ok(result.clone());
}
