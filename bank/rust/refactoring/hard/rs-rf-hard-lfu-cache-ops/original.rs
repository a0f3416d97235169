pub fn lfu_simulate(capacity: i64, ops: Vec<String>) -> Vec<Option<i64>> {
    let mut keys: Vec<String> = Vec::new();
    let mut vals: Vec<i64> = Vec::new();
    let mut uses: Vec<i64> = Vec::new();
    let mut times: Vec<i64> = Vec::new();
    let mut clock = 0;
    let mut out: Vec<Option<i64>> = Vec::new();
    for i in 0..ops.len() {
        let parts: Vec<String> = ops[i].split(" ").map(|s| s.to_string()).collect();
        clock = clock + 1;
        if parts[0] == "get" {
            let mut found = false;
            for j in 0..keys.len() {
                if keys[j] == parts[1] {
                    found = true;
                    uses[j] = uses[j] + 1;
                    times[j] = clock;
                    out.push(Some(vals[j]));
                }
            }
            if found == false {
                out.push(None);
            }
        } else {
            if capacity == 0 {
                continue;
            }
            let v: i64 = parts[2].parse().unwrap();
            let mut found = false;
            for j in 0..keys.len() {
                if keys[j] == parts[1] {
                    found = true;
                    vals[j] = v;
                    uses[j] = uses[j] + 1;
                    times[j] = clock;
                }
            }
            if found == false {
                if keys.len() as i64 >= capacity {
                    let mut victim = 0;
                    for j in 0..keys.len() {
                        if uses[j] < uses[victim] {
                            victim = j;
                        } else {
                            if uses[j] == uses[victim] {
                                if times[j] < times[victim] {
                                    victim = j;
                                }
                            }
                        }
                    }
                    keys.remove(victim);
                    vals.remove(victim);
                    uses.remove(victim);
                    times.remove(victim);
                }
                keys.push(parts[1].clone());
                vals.push(v);
                uses.push(1);
                times.push(clock);
            }
        }
    }
    return out;
}
