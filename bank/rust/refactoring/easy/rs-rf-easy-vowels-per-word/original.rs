pub fn vowels_per_word(text: &str) -> Vec<i64> {
    let words: Vec<String> = text.split(" ").map(|w| w.to_string()).collect();
    let mut result = Vec::new();
    for i in 0..words.len() {
        if words[i].len() != 0 {
            let cs: Vec<char> = words.clone()[i].chars().collect();
            let mut c = 0;
            for j in 0..cs.len() {
                let ch = cs[j];
                if ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' {
                    c = c + 1;
                } else {
                    if ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U' {
                        c = c + 1;
                    }
                }
            }
            result.push(c);
        }
    }
    return result;
}
