//! Release order: a topological sort picking the most urgent ready task first (ties by name).

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap};

pub fn release_order(
    priorities: HashMap<String, i64>,
    dependencies: Vec<Vec<String>>,
) -> Result<Vec<String>, String> {
    let mut followers: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    let mut waiting: HashMap<&str, usize> =
        priorities.keys().map(|task| (task.as_str(), 0)).collect();
    for dependency in &dependencies {
        let (before, after) = (dependency[0].as_str(), dependency[1].as_str());
        if !priorities.contains_key(before) || !priorities.contains_key(after) {
            return Err(format!(
                "unknown task in dependency {} -> {}",
                before, after
            ));
        }
        if followers.entry(before).or_default().insert(after) {
            *waiting.entry(after).or_default() += 1;
        }
    }
    // Highest priority first, then the smallest name.
    let mut ready: BinaryHeap<(i64, Reverse<&str>)> = waiting
        .iter()
        .filter(|(_, &count)| count == 0)
        .map(|(&task, _)| (priorities[task], Reverse(task)))
        .collect();
    let mut order = Vec::new();
    while let Some((_, Reverse(task))) = ready.pop() {
        order.push(task.to_string());
        for &follower in followers.get(task).into_iter().flatten() {
            let count = waiting.entry(follower).or_default();
            *count -= 1;
            if *count == 0 {
                ready.push((priorities[follower], Reverse(follower)));
            }
        }
    }
    if order.len() != priorities.len() {
        return Err("the dependencies contain a cycle".to_string());
    }
    Ok(order)
}
