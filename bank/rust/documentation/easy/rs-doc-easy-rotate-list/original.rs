
pub fn rotate_list(values: Vec<i64>, steps: i64) -> Vec<i64> {
    if values.is_empty() {
        return values;
    }
    let shift = steps.rem_euclid(values.len() as i64) as usize;
    let mut rotated = values;
    rotated.rotate_right(shift);
    rotated
}
