
fn merge(intervals: Vec<Vec<i64>>) -> Vec<(i64, i64)> {
    let mut sorted: Vec<(i64, i64)> = intervals
        .iter()
        .map(|interval| (interval[0], interval[1]))
        .collect();
    sorted.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (start, end) in sorted {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

pub fn shared_busy_time(first: Vec<Vec<i64>>, second: Vec<Vec<i64>>) -> i64 {
    let (a, b) = (merge(first), merge(second));
    let (mut i, mut j, mut total) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        total += (a[i].1.min(b[j].1) - a[i].0.max(b[j].0)).max(0);
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}
