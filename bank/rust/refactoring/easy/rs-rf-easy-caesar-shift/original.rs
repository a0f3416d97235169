pub fn caesar_shift(text: &str, shift: i64) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for i in 0..chars.len() {
        let c = chars[i];
        if c >= 'a' && c <= 'z' {
            let mut s = shift % 26;
            if s < 0 {
                s = s + 26;
            }
            let mut v = (c as i64) - 97 + s;
            while v >= 26 {
                v = v - 26;
            }
            out.push(((v + 97) as u8) as char);
        } else if c >= 'A' && c <= 'Z' {
            let mut s = shift % 26;
            if s < 0 {
                s = s + 26;
            }
            let mut v = (c as i64) - 65 + s;
            while v >= 26 {
                v = v - 26;
            }
            out.push(((v + 65) as u8) as char);
        } else {
            out.push(c);
        }
    }
    return out;
}
