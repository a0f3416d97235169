pub fn interleave_strings(first: &str, second: &str) -> String {
    let a: Vec<char> = first.chars().collect();
    let b: Vec<char> = second.chars().collect();
    if a.len() == 0 {
        return second.to_string();
    }
    if b.len() == 0 {
        return first.to_string();
    }
    let mut out = String::new();
    let mut n = a.len();
    if b.len() > n {
        n = b.len();
    }
    for i in 0..n {
        if i < a.len() {
            out.push(a.clone()[i]);
        }
        if i < b.len() {
            out.push(b.clone()[i]);
        }
    }
    return out;
}
