pub fn cluster_queries(n: i64, ops: Vec<String>) -> Vec<i64> {
    let mut label: Vec<i64> = Vec::new();
    for i in 0..n {
        label.push(i);
    }
    let mut answers: Vec<i64> = Vec::new();
    for i in 0..ops.len() {
        let parts: Vec<String> = ops[i].split(" ").map(|s| s.to_string()).collect();
        if parts[0] == "link" {
            let a: usize = parts[1].parse().unwrap();
            let b: usize = parts[2].parse().unwrap();
            let la = label[a];
            let lb = label[b];
            if la != lb {
                for j in 0..label.len() {
                    if label[j] == lb {
                        label[j] = la;
                    }
                }
            }
        } else if parts[0] == "same" {
            let a: usize = parts[1].parse().unwrap();
            let b: usize = parts[2].parse().unwrap();
            if label[a] == label[b] {
                answers.push(1);
            } else {
                answers.push(0);
            }
        } else if parts[0] == "size" {
            let a: usize = parts[1].parse().unwrap();
            let mut c = 0;
            for j in 0..label.len() {
                if label[j] == label[a] {
                    c = c + 1;
                }
            }
            answers.push(c);
        } else {
            let mut c = 0;
            for j in 0..label.len() {
                let mut seen = false;
                for k in 0..j {
                    if label[k] == label[j] {
                        seen = true;
                    }
                }
                if seen == false {
                    c = c + 1;
                }
            }
            answers.push(c);
        }
    }
    return answers;
}
