pub fn count_sign_changes(values: Vec<i64>) -> i64 {
    let mut count = 0;
    let mut last = 0;
    for i in 0..values.len() {
        if values[i] != 0 {
            if last != 0 {
                if last > 0 {
                    if values[i] < 0 {
                        count = count + 1;
                    }
                } else {
                    if values[i] > 0 {
                        count = count + 1;
                    }
                }
            }
            last = values.clone()[i];
        }
    }
    return count;
}
