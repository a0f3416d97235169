
use std::collections::VecDeque;

fn push(window: &mut VecDeque<usize>, readings: &[i64], index: usize, keep_larger: bool) {
    while window.back().map_or(false, |&last| (readings[last] <= readings[index]) == keep_larger) {
        window.pop_back();
    }
    window.push_back(index);
}

pub fn longest_stable_window(readings: Vec<i64>, tolerance: i64) -> i64 {
    let (mut highs, mut lows) = (VecDeque::new(), VecDeque::new());
    let (mut start, mut best) = (0, 0);
    for end in 0..readings.len() {
        push(&mut highs, &readings, end, true);
        push(&mut lows, &readings, end, false);
        while readings[highs[0]] - readings[lows[0]] > tolerance {
            start += 1;
            if highs[0] < start {
                highs.pop_front();
            }
            if lows[0] < start {
                lows.pop_front();
            }
        }
        best = best.max(end - start + 1);
    }
    best as i64
}
