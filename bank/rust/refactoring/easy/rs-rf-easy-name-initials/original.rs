pub fn name_initials(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for i in 0..chars.len() {
        if chars[i] != ' ' && chars[i] != '-' {
            if i == 0 {
                for u in chars[i].to_uppercase() {
                    out.push(u);
                }
                out.push('.');
            } else {
                if chars[i - 1] == ' ' || chars[i - 1] == '-' {
                    for u in chars[i].to_uppercase() {
                        out.push(u);
                    }
                    out.push('.');
                }
            }
        }
    }
    return out;
}
