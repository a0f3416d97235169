pub fn snake_to_camel(name: &str) -> String {
    let parts: Vec<String> = name.split("_").map(|p| p.to_string()).collect();
    let mut out = String::new();
    let mut first = true;
    for i in 0..parts.len() {
        if parts[i].len() > 0 {
            let lower = parts.clone()[i].to_lowercase();
            if first == true {
                out = out + &lower;
                first = false;
            } else {
                let cs: Vec<char> = lower.chars().collect();
                for j in 0..cs.len() {
                    if j == 0 {
                        if cs[j] >= 'a' && cs[j] <= 'z' {
                            out.push(((cs[j] as u8) - 32) as char);
                        } else {
                            out.push(cs[j]);
                        }
                    } else {
                        out.push(cs[j]);
                    }
                }
            }
        }
    }
    return out;
}
