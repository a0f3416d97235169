
use std::collections::BTreeMap;

/// Each interval [start, end] is half-open, [start, end), with start < end; intervals may repeat and may use negative numbers.
///
/// # Arguments
///
/// * `intervals` - the intervals (list of list of int) the description refers to as `intervals`
/// * `k` - the k (int) the description refers to as `k`
///
/// # Returns
///
/// the result described above (int)
pub fn covered_at_least(intervals: Vec<Vec<i64>>, k: i64) -> i64 {
    let mut delta: BTreeMap<i64, i64> = BTreeMap::new();
    for interval in &intervals {
        *delta.entry(interval[0]).or_default() += 1;
        *delta.entry(interval[1]).or_default() -= 1;
    }
    let (mut total, mut depth, mut previous) = (0, 0, None);
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
