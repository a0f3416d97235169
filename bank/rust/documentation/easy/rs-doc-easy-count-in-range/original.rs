
pub fn count_in_range(values: Vec<i64>, low: i64, high: i64) -> i64 {
    values
        .iter()
        .filter(|&&value| low <= value && value <= high)
        .count() as i64
}
