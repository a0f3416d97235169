//! Second largest distinct value of a list.

pub fn second_largest_distinct(values: Vec<i64>) -> Option<i64> {
    let top = *values.iter().max()?;
    values.into_iter().filter(|&value| value < top).max()
}
