//! Count scores per letter grade.

use std::collections::HashMap;

/// The lowest score of each grade, best grade first.
const THRESHOLDS: [(&str, i64); 5] = [("A", 90), ("B", 80), ("C", 70), ("D", 60), ("F", 0)];

fn grade(score: i64) -> Result<&'static str, String> {
    if !(0..=100).contains(&score) {
        return Err(format!("score {} is outside 0..100", score));
    }
    THRESHOLDS
        .iter()
        .find(|(_, lowest)| score >= *lowest)
        .map(|(letter, _)| *letter)
        .ok_or_else(|| format!("no grade for {}", score))
}

pub fn grade_buckets(scores: Vec<i64>) -> Result<HashMap<String, i64>, String> {
    let mut counts: HashMap<String, i64> = THRESHOLDS
        .iter()
        .map(|(letter, _)| (letter.to_string(), 0))
        .collect();
    for score in scores {
        *counts.entry(grade(score)?.to_string()).or_insert(0) += 1;
    }
    Ok(counts)
}
