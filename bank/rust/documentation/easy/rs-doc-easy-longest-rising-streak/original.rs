
pub fn longest_rising_streak(values: Vec<i64>) -> i64 {
    if values.is_empty() {
        return 0;
    }
    let mut best = 1;
    let mut current = 1;
    for pair in values.windows(2) {
        current = if pair[1] > pair[0] { current + 1 } else { 1 };
        best = best.max(current);
    }
    best
}
