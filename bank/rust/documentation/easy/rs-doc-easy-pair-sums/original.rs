
pub fn pair_sums(values: Vec<i64>) -> Vec<i64> {
    values.chunks(2).map(|pair| pair.iter().sum()).collect()
}
