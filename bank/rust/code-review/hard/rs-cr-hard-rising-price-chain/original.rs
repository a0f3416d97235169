//! Longest strictly rising chain (subsequence) with the lexicographically smallest values.

/// lengths[i]: the length of the longest rising chain that starts at index i.
fn chain_lengths(prices: &[i64]) -> Vec<usize> {
    let mut lengths = vec![1; prices.len()];
    for i in (0..prices.len()).rev() {
        for j in i + 1..prices.len() {
            if prices[j] > prices[i] {
                lengths[i] = lengths[i].max(lengths[j] + 2);
            }
        }
    }
    lengths
}

/// The index of the smallest usable price from `start` on (the earliest on ties).
fn next_link(
    prices: &[i64],
    lengths: &[usize],
    start: usize,
    floor: Option<i64>,
    needed: usize,
) -> Option<usize> {
    (start..prices.len())
        .filter(|&j| lengths[j] == needed && floor.map_or(true, |floor| prices[j] >= floor))
        .min_by_key(|&j| (prices[j], j))
}

pub fn rising_chain(prices: Vec<i64>) -> Vec<i64> {
    let lengths = chain_lengths(&prices);
    let longest = lengths.iter().copied().max().unwrap_or(0);
    let mut chain: Vec<i64> = Vec::new();
    let mut position = 0;
    for needed in (1..=longest).rev() {
        match next_link(&prices, &lengths, position, chain.last().copied(), needed) {
            Some(index) => {
                chain.push(prices[index]);
                position = index + 2;
            }
            None => break,
        }
    }
    chain
}
