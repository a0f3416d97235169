pub fn sort_by_alphabet(words: Vec<String>, alphabet: &str) -> Result<Vec<String>, String> {
    let al: Vec<char> = alphabet.chars().collect();
    for i in 0..al.len() {
        for j in 0..al.len() {
            if i != j && al[i] == al[j] {
                return Err(String::from("error"));
            }
        }
    }
    let mut w = words.clone();
    for i in 0..w.len() {
        for j in 0..w.len() - 1 - i {
            let a: Vec<char> = w[j].clone().chars().collect();
            let b: Vec<char> = w[j + 1].clone().chars().collect();
            let mut swap = false;
            let mut k = 0;
            loop {
                if k >= a.len() || k >= b.len() {
                    if a.len() > b.len() {
                        swap = true;
                    }
                    break;
                }
                let mut ra = 1000000 + a[k] as usize;
                let mut rb = 1000000 + b[k] as usize;
                for p in 0..al.len() {
                    if al[p] == a[k] {
                        ra = p;
                    }
                    if al[p] == b[k] {
                        rb = p;
                    }
                }
                if ra != rb {
                    if ra > rb {
                        swap = true;
                    }
                    break;
                }
                k = k + 1;
            }
            if swap == true {
                let t = w[j].clone();
                w[j] = w[j + 1].clone();
                w[j + 1] = t;
            }
        }
    }
    return Ok(w);
}
