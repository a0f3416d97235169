//! Total length covered by at least k intervals, by sweeping over the endpoints.

use std::collections::BTreeMap;

pub fn covered_at_least(intervals: Vec<Vec<i64>>, k: i64) -> i64 {
    let mut delta: BTreeMap<i64, i64> = BTreeMap::new();
    for interval in &intervals {
        *delta.entry(interval[0]).or_default() += 1;
        *delta.entry(interval[1]).or_default() -= 1;
    }
    let (mut total, mut depth, mut previous) = (0, 1, None);
    for (&point, &change) in &delta {
        if let Some(earlier) = previous {
            if depth >= k {
                total += point - earlier;
            }
        }
        depth += change;
        previous = Some(point);
    }
    total
}
