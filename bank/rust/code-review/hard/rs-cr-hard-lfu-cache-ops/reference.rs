//! Least-frequently-used cache (the least recently used among ties) simulated from an op list.

use std::collections::HashMap;

struct Entry {
    value: i64,
    uses: u64,
    last_use: u64,
}

struct LfuCache {
    capacity: usize,
    entries: HashMap<String, Entry>,
    clock: u64,
}

impl LfuCache {
    fn touch(&mut self, key: &str) {
        self.clock += 1;
        if let Some(entry) = self.entries.get_mut(key) {
            entry.uses += 1;
            entry.last_use = self.clock;
        }
    }

    fn get(&mut self, key: &str) -> Option<i64> {
        let value = self.entries.get(key)?.value;
        self.touch(key);
        Some(value)
    }

    fn put(&mut self, key: &str, value: i64) {
        if self.capacity == 0 {
            return;
        }
        if let Some(entry) = self.entries.get_mut(key) {
            entry.value = value;
        } else {
            if self.entries.len() == self.capacity {
                self.evict();
            }
            let entry = Entry {
                value,
                uses: 0,
                last_use: 0,
            };
            self.entries.insert(key.to_string(), entry);
        }
        self.touch(key);
    }

    /// Removes the least used key, the least recently used among ties.
    fn evict(&mut self) {
        let victim = self
            .entries
            .iter()
            .min_by_key(|(_, entry)| (entry.uses, entry.last_use))
            .map(|(name, _)| name.clone());
        if let Some(victim) = victim {
            self.entries.remove(&victim);
        }
    }
}

pub fn lfu_simulate(capacity: i64, ops: Vec<String>) -> Vec<Option<i64>> {
    let mut cache = LfuCache {
        capacity: capacity as usize,
        entries: HashMap::new(),
        clock: 0,
    };
    let mut results = Vec::new();
    for op in &ops {
        let parts: Vec<&str> = op.split_whitespace().collect();
        if parts[0] == "get" {
            results.push(cache.get(parts[1]));
        } else {
            cache.put(parts[1], parts[2].parse().unwrap_or(0));
        }
    }
    results
}
