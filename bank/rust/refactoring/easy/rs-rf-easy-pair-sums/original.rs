pub fn pair_sums(values: Vec<i64>) -> Vec<i64> {
    let mut result = Vec::new();
    let mut i = 0;
    while i < values.len() {
        if i + 1 < values.len() {
            result.push(values.clone()[i] + values.clone()[i + 1]);
        } else {
            result.push(values.clone()[i]);
        }
        i = i + 2;
    }
    return result;
}
