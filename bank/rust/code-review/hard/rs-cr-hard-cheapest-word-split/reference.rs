//! Cheapest segmentation of a text into dictionary words (dynamic programming).

use std::collections::HashMap;

/// A way to split a suffix of the text: (total cost, number of pieces, pieces); smaller is better.
type Plan = (i64, usize, Vec<String>);

pub fn cheapest_split(text: &str, dictionary: HashMap<String, i64>) -> Result<Vec<String>, String> {
    let mut plans: Vec<Option<Plan>> = vec![None; text.len() + 1];
    plans[text.len()] = Some((0, 0, Vec::new()));
    for start in (0..text.len()).rev() {
        let best = (start + 1..=text.len())
            .filter_map(|end| {
                let piece = &text[start..end];
                let (cost, count, rest) = plans[end].as_ref()?;
                let price = dictionary.get(piece)?;
                let mut pieces = vec![piece.to_string()];
                pieces.extend(rest.iter().cloned());
                Some((price + cost, count + 1, pieces))
            })
            .min();
        plans[start] = best;
    }
    let best = plans[0].take();
    best.map(|(_, _, pieces)| pieces)
        .ok_or_else(|| "the text cannot be split into dictionary words".to_string())
}
