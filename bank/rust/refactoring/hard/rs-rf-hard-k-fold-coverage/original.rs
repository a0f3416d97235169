pub fn covered_at_least(intervals: Vec<Vec<i64>>, k: i64) -> i64 {
    let mut points: Vec<i64> = Vec::new();
    for i in 0..intervals.len() {
        points.push(intervals[i][0]);
        points.push(intervals[i][1]);
    }
    for i in 0..points.len() {
        for j in 0..points.len() {
            if j + 1 < points.len() && points[j] > points[j + 1] {
                let t = points[j];
                points[j] = points[j + 1];
                points[j + 1] = t;
            }
        }
    }
    let mut total = 0;
    for i in 0..points.len() {
        if i + 1 < points.len() {
            if points[i] != points[i + 1] {
                let mut c = 0;
                for j in 0..intervals.len() {
                    if intervals.clone()[j][0] <= points[i] {
                        if points[i] < intervals.clone()[j][1] {
                            c = c + 1;
                        }
                    }
                }
                if c >= k {
                    total = total + (points[i + 1] - points[i]);
                }
            }
        }
    }
    return total;
}
