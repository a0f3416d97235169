//! The pair of elements whose sum is closest to a target
//! (ties: smaller sum, then smaller first element).

/// The best (distance, sum, smaller) for pairs whose smaller element is ordered[index].
fn best_partner(ordered: &[i64], index: usize, target: i64) -> Option<(i64, i64, i64)> {
    let a = ordered[index];
    let rest = &ordered[index + 1..];
    let split = rest.partition_point(|&b| b < target - a);
    [split.checked_sub(1), Some(split)]
        .into_iter()
        .flatten()
        .filter(|&i| i < rest.len())
        .map(|i| ((a + rest[i] - target).abs(), a + rest[i], a))
        .min()
}

pub fn closest_pair_sum(values: Vec<i64>, target: i64) -> Vec<i64> {
    let mut ordered = values;
    ordered.sort_unstable();
    if ordered.len() < 2 {
        return Vec::new();
    }
    let best = (0..ordered.len() - 1)
        .filter_map(|i| best_partner(&ordered, i, target))
        .min();
    best.map_or_else(Vec::new, |(_, sum, smaller)| vec![smaller, sum - smaller])
}
