
use std::collections::HashMap;

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

/// Count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).
///
/// # Arguments
///
/// * `scores` - the scores (list of int) the description refers to as `scores`
///
/// # Returns
///
/// the result described above (map of int)
///
/// # Errors
///
/// when a score is below 0 or above 100
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
