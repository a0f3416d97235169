pub fn free_slots(busy: Vec<Vec<i64>>, day_start: i64, day_end: i64, min_length: i64) -> Vec<Vec<i64>> {
    let mut result: Vec<Vec<i64>> = Vec::new();
    let mut t = day_start;
    let mut start = -1;
    let mut in_free = false;
    // walk minute by minute, checking every interval each time
    while t < day_end {
        let mut covered = false;
        for i in 0..busy.len() {
            if busy.clone()[i][0] <= t && t < busy.clone()[i][1] {
                covered = true;
            }
        }
        if covered == false {
            if in_free == false {
                in_free = true;
                start = t;
            }
        } else {
            if in_free == true {
                if t - start >= min_length {
                    result.push(vec![start, t]);
                }
                in_free = false;
            }
        }
        t = t + 1;
    }
    if in_free == true {
        if day_end - start >= min_length {
            result.push(vec![start, day_end]);
        }
    }
    return result;
}
