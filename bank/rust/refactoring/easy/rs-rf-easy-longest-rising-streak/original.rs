pub fn longest_rising_streak(values: Vec<i64>) -> i64 {
    let mut best = 0;
    for i in 0..values.len() {
        let mut len = 1;
        let mut j = i + 1;
        while j < values.len() {
            if values[j] > values[j - 1] {
                len = len + 1;
                j = j + 1;
            } else {
                break;
            }
        }
        if len > best {
            best = len;
        }
    }
    return best;
}
