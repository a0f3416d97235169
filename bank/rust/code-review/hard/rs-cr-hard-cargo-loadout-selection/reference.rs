//! Cargo loadout: 0/1 knapsack with deterministic tie-breaking.

/// A score is (total value, minus total weight): larger is better.
type Score = (i64, i64);

/// best[i][room]: the best score using only items i.. within room.
fn suffix_table(weights: &[i64], values: &[i64], capacity: usize) -> Vec<Vec<Score>> {
    let mut best = vec![vec![(0, 0); capacity + 1]; weights.len() + 1];
    for i in (0..weights.len()).rev() {
        for room in 0..=capacity {
            best[i][room] = best[i + 1][room];
            let weight = weights[i] as usize;
            if weight <= room {
                let (value, neg_weight) = best[i + 1][room - weight];
                best[i][room] = best[i][room].max((value + values[i], neg_weight - weights[i]));
            }
        }
    }
    best
}

pub fn choose_cargo(weights: Vec<i64>, values: Vec<i64>, capacity: i64) -> Vec<i64> {
    let best = suffix_table(&weights, &values, capacity as usize);
    let mut chosen = Vec::new();
    let mut room = capacity as usize;
    for (i, (&weight, &value)) in weights.iter().zip(&values).enumerate() {
        if weight as usize > room {
            continue;
        }
        let (rest_value, rest_neg_weight) = best[i + 1][room - weight as usize];
        if (rest_value + value, rest_neg_weight - weight) == best[i][room] {
            chosen.push(i as i64);
            room -= weight as usize;
        }
    }
    chosen
}
