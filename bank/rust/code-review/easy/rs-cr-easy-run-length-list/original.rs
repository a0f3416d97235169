//! Run-length encoding of a list of integers.

pub fn run_length_list(values: Vec<i64>) -> Vec<Vec<i64>> {
    let mut runs: Vec<Vec<i64>> = Vec::new();
    for value in values {
        match runs.last_mut() {
            Some(run) if run[0] == value => run[0] += 1,
            _ => runs.push(vec![value, 1]),
        }
    }
    runs
}
