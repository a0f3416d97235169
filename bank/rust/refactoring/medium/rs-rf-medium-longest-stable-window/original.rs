pub fn longest_stable_window(readings: Vec<i64>, tolerance: i64) -> i64 {
    let mut best = 0;
    for i in 0..readings.len() {
        for j in i..readings.len() {
            let mut hi = readings[i];
            let mut lo = readings[i];
            for k in i..j + 1 {
                if readings[k] > hi {
                    hi = readings[k];
                }
                if readings[k] < lo {
                    lo = readings[k];
                }
            }
            if hi - lo <= tolerance {
                if (j - i + 1) as i64 > best {
                    best = (j - i + 1) as i64;
                }
            }
        }
    }
    return best;
}
