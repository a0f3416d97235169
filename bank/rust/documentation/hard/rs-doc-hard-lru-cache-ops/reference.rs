
use std::collections::{HashMap, VecDeque};

/// Simulate a cache holding at most `capacity` keys (capacity >= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.
///
/// # Arguments
///
/// * `capacity` - the capacity (int) the description refers to as `capacity`
/// * `ops` - the ops (list of string) the description refers to as `ops`
///
/// # Returns
///
/// the result described above (list of optional of int)
pub fn lru_simulate(capacity: i64, ops: Vec<String>) -> Vec<Option<i64>> {
    let mut values: HashMap<String, i64> = HashMap::new();
    let mut recency: VecDeque<String> = VecDeque::new(); // front: the least recently used
    let mut results = Vec::new();
    for op in &ops {
        let parts: Vec<&str> = op.split_whitespace().collect();
        let key = parts[1].to_string();
        let is_get = parts[0] == "get";
        if is_get && !values.contains_key(&key) {
            results.push(None);
            continue;
        }
        if !is_get && capacity == 0 {
            continue;
        }
        recency.retain(|other| *other != key);
        recency.push_back(key.clone());
        if is_get {
            results.push(values.get(&key).copied());
            continue;
        }
        values.insert(key, parts[2].parse().unwrap_or(0));
        if values.len() > capacity as usize {
            if let Some(oldest) = recency.pop_front() {
                values.remove(&oldest);
            }
        }
    }
    results
}
