pub fn assign_rooms(meetings: Vec<Vec<i64>>) -> Vec<i64> {
    let mut order: Vec<usize> = Vec::new();
    for i in 0..meetings.len() {
        order.push(i);
    }
    for i in 0..order.len() {
        for j in 0..order.len() {
            if j + 1 < order.len() {
                let a = meetings.clone()[order[j]][0];
                let b = meetings.clone()[order[j + 1]][0];
                if a > b || (a == b && order[j] > order[j + 1]) {
                    let t = order[j];
                    order[j] = order[j + 1];
                    order[j + 1] = t;
                }
            }
        }
    }
    let mut room_end: Vec<i64> = Vec::new();
    let mut result: Vec<i64> = Vec::new();
    for i in 0..meetings.len() {
        result.push(-1);
    }
    for i in 0..order.len() {
        let m = meetings[order[i]].clone();
        let mut found = -1;
        for r in 0..room_end.len() {
            if found == -1 {
                if room_end[r] <= m[0] {
                    found = r as i64;
                }
            }
        }
        if found == -1 {
            room_end.push(m[1]);
            result[order[i]] = (room_end.len() - 1) as i64;
        } else {
            room_end[found as usize] = m[1];
            result[order[i]] = found;
        }
    }
    return result;
}
