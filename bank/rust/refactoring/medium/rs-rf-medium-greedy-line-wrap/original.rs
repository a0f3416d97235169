pub fn wrap_words(text: &str, width: i64) -> Vec<String> {
    let parts: Vec<String> = text.split(" ").map(|s| s.to_string()).collect();
    let mut words: Vec<String> = Vec::new();
    for i in 0..parts.len() {
        if parts[i].len() > 0 {
            words.push(parts[i].clone());
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for i in 0..words.len() {
        if cur.len() == 0 {
            cur = words[i].clone();
        } else {
            if (cur.len() + 1 + words[i].len()) as i64 <= width {
                cur = cur.clone() + " " + &words[i].clone();
            } else {
                lines.push(cur.clone());
                cur = words[i].clone();
            }
        }
    }
    if cur.len() != 0 {
        lines.push(cur.clone());
    }
    return lines;
}
