//! Smallest difference between the totals of two groups splitting a list of weights.

use std::collections::HashSet;

pub fn min_split_difference(weights: Vec<i64>) -> i64 {
    let mut reachable: HashSet<i64> = HashSet::from([0]);
    for weight in &weights {
        let shifted: Vec<i64> = reachable.iter().map(|total| total - weight).collect();
        reachable.extend(shifted);
    }
    let grand_total: i64 = weights.iter().sum();
    reachable.into_iter().map(|total| (grand_total - 2 * total).abs()).min().unwrap_or(0)
}
