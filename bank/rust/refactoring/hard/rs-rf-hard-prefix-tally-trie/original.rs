pub fn prefix_tally(ops: Vec<String>) -> Vec<i64> {
    let mut words: Vec<String> = Vec::new();
    let mut answers: Vec<i64> = Vec::new();
    for i in 0..ops.len() {
        let parts: Vec<String> = ops[i].split(" ").map(|s| s.to_string()).collect();
        if parts[0] == "add" {
            words.push(parts[1].clone());
        } else if parts[0] == "del" {
            let mut idx = 999999;
            for j in 0..words.len() {
                if words[j] == parts[1] {
                    idx = j;
                }
            }
            if idx != 999999 {
                words.remove(idx);
            }
        } else if parts[0] == "count" {
            let mut c = 0;
            for j in 0..words.len() {
                if words[j].starts_with(&parts[1].clone()) {
                    c = c + 1;
                }
            }
            answers.push(c);
        } else if parts[0] == "distinct" {
            let mut c = 0;
            for j in 0..words.len() {
                if words[j].starts_with(&parts[1].clone()) {
                    let mut seen = false;
                    for k in 0..j {
                        if words[k] == words[j] {
                            seen = true;
                        }
                    }
                    if seen == false {
                        c = c + 1;
                    }
                }
            }
            answers.push(c);
        }
    }
    return answers;
}
