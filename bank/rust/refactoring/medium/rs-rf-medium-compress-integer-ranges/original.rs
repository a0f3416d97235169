pub fn compress_ranges(values: Vec<i64>) -> String {
    let mut v = values.clone();
    // bubble sort
    for i in 0..v.len() {
        for j in 0..v.len() {
            if j + 1 < v.len() - i {
                if v[j] > v[j + 1] {
                    let t = v[j];
                    v[j] = v[j + 1];
                    v[j + 1] = t;
                }
            }
        }
    }
    let mut u: Vec<i64> = Vec::new();
    for i in 0..v.len() {
        if u.len() == 0 || u[u.len() - 1] != v[i] {
            u.push(v[i]);
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < u.len() {
        let mut j = i;
        while j + 1 < u.len() && u[j + 1] == u[j] + 1 {
            j = j + 1;
        }
        if j - i + 1 >= 3 {
            if out.len() > 0 {
                out = out + ",";
            }
            out = out + &u[i].to_string() + ".." + &u[j].to_string();
        } else {
            let mut k = i;
            while k <= j {
                if out.len() > 0 {
                    out = out + ",";
                }
                out = out + &u[k].to_string();
                k = k + 1;
            }
        }
        i = j + 1;
    }
    return out.clone();
}
