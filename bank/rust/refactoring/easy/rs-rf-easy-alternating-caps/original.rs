pub fn alternating_caps(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut result = String::new();
    let mut flag = 1;
    for i in 0..chars.len() {
        let c = chars[i].clone();
        if (c as u32) >= 65 && (c as u32) <= 90 {
            if flag == 1 {
                result.push(c);
                flag = 0;
            } else {
                result.push(((c as u8) + 32) as char);
                flag = 1;
            }
        } else {
            if (c as u32) >= 97 && (c as u32) <= 122 {
                if flag == 1 {
                    result.push(((c as u8) - 32) as char);
                    flag = 0;
                } else {
                    result.push(c);
                    flag = 1;
                }
            } else {
                result.push(c);
            }
        }
    }
    return result.clone();
}
