
use std::collections::HashMap;

const COST_KEYS: [&str; 4] = ["insert", "delete", "replace", "swap"];

fn validate(costs: &HashMap<String, i64>) -> Result<(), String> {
    if costs.len() != COST_KEYS.len() || !COST_KEYS.iter().all(|key| costs.contains_key(*key)) {
        return Err(
            "costs must have exactly the keys insert, delete, replace and swap".to_string(),
        );
    }
    if costs.values().any(|&value| value < 0) {
        return Err("costs must not be negative".to_string());
    }
    Ok(())
}

pub fn typo_distance(
    source: &str,
    target: &str,
    costs: HashMap<String, i64>,
) -> Result<i64, String> {
    validate(&costs)?;
    let (s, t): (Vec<char>, Vec<char>) = (source.chars().collect(), target.chars().collect());
    let cost = |key: &str| costs[key];
    let mut table = vec![vec![0; t.len() + 1]; s.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i as i64 * cost("delete");
    }
    for j in 0..=t.len() {
        table[0][j] = j as i64 * cost("insert");
    }
    for i in 1..=s.len() {
        for j in 1..=t.len() {
            let replace = if s[i - 1] == t[j - 1] {
                0
            } else {
                cost("replace")
            };
            let mut best = (table[i - 1][j] + cost("delete")).min(table[i][j - 1] + cost("insert"));
            best = best.min(table[i - 1][j - 1] + replace);
            if i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1] {
                best = best.min(table[i - 2][j - 2] + cost("swap"));
            }
            table[i][j] = best;
        }
    }
    Ok(table[s.len()][t.len()])
}
