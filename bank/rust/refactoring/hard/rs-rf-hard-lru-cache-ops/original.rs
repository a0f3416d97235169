pub fn lru_simulate(capacity: i64, ops: Vec<String>) -> Vec<Option<i64>> {
    let mut keys: Vec<String> = Vec::new();
    let mut vals: Vec<i64> = Vec::new();
    let mut out: Vec<Option<i64>> = Vec::new();
    for i in 0..ops.len() {
        let parts: Vec<String> = ops[i].split(" ").map(|s| s.to_string()).collect();
        if parts[0] == "get" {
            let mut idx = 999999;
            for j in 0..keys.len() {
                if keys[j] == parts[1] {
                    idx = j;
                }
            }
            if idx == 999999 {
                out.push(None);
            } else {
                let k = keys[idx].clone();
                let v = vals[idx];
                keys.remove(idx);
                vals.remove(idx);
                keys.push(k.clone());
                vals.push(v);
                out.push(Some(v));
            }
        } else {
            if capacity == 0 {
                continue;
            }
            let v: i64 = parts[2].parse().unwrap();
            let mut idx = 999999;
            for j in 0..keys.len() {
                if keys[j] == parts[1] {
                    idx = j;
                }
            }
            if idx != 999999 {
                keys.remove(idx);
                vals.remove(idx);
            }
            keys.push(parts[1].clone());
            vals.push(v);
            if keys.len() as i64 > capacity {
                keys.remove(0);
                vals.remove(0);
            }
        }
    }
    return out;
}
