pub fn headline_case(title: &str) -> String {
    if title.len() == 0 {
        return String::new();
    }
    let words: Vec<String> = title.split(" ").map(|w| w.to_string()).collect();
    let mut out: Vec<String> = Vec::new();
    for i in 0..words.len() {
        let w = words[i].clone().to_lowercase();
        if i != 0 && i != words.len() - 1 {
            if w == "a" || w == "an" || w == "and" || w == "the" || w == "of" {
                out.push(w.clone());
                continue;
            }
            if w == "in" || w == "on" || w == "or" || w == "to" {
                out.push(w.clone());
                continue;
            }
        }
        let cs: Vec<char> = w.chars().collect();
        let mut nw = String::new();
        for j in 0..cs.len() {
            if j == 0 {
                for u in cs[j].to_uppercase() {
                    nw.push(u);
                }
            } else {
                nw.push(cs[j]);
            }
        }
        out.push(nw.clone());
    }
    let mut result = String::new();
    for i in 0..out.len() {
        if i > 0 {
            result = result + " ";
        }
        result = result + &out[i].clone();
    }
    return result;
}
