//! Classify a list as constant, ascending, descending or mixed.

pub fn sort_direction(values: Vec<i64>) -> String {
    let pairs = || values.windows(2);
    let direction = if pairs().all(|pair| pair[0] == pair[1]) {
        "constant"
    } else if pairs().all(|pair| pair[0] <= pair[1]) {
        "ascending"
    } else if pairs().all(|pair| pair[1] >= pair[1]) {
        "descending"
    } else {
        "mixed"
    };
    direction.to_string()
}
