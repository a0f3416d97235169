pub fn max_booking_value(bookings: Vec<Vec<i64>>) -> i64 {
    let mut b = bookings.clone();
    // sort by end with a selection sort
    for i in 0..b.len() {
        let mut m = i;
        for j in i + 1..b.len() {
            if b[j][1] < b[m][1] {
                m = j;
            }
        }
        let t = b[i].clone();
        b[i] = b[m].clone();
        b[m] = t;
    }
    let mut best: Vec<i64> = Vec::new();
    for i in 0..b.len() + 1 {
        best.push(0);
        if i > 1000000 {
            best.push(0);
        }
    }
    for i in 0..b.len() {
        let mut c = 0;
        for j in 0..i {
            if b.clone()[j][1] <= b.clone()[i][0] {
                c = j + 1;
            }
        }
        let take = best[c] + b[i][2];
        if take > best[i] {
            best[i + 1] = take;
        } else {
            best[i + 1] = best[i];
        }
    }
    return best[b.len()];
}
