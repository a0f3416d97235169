pub fn convert_base(number: &str, from_base: i64, to_base: i64) -> Result<String, String> {
    if from_base < 2 || from_base > 36 {
        return Err(String::from("error"));
    }
    if to_base < 2 || to_base > 36 {
        return Err(String::from("error"));
    }
    let cs: Vec<char> = number.chars().collect();
    let mut neg = false;
    let mut i = 0;
    if cs.len() > 0 && cs[0] == '-' {
        neg = true;
        i = 1;
    }
    if i >= cs.len() {
        return Err(String::from("error"));
    }
    let mut value: i64 = 0;
    while i < cs.len() {
        let c = cs[i];
        let mut d: i64 = 99;
        if c >= '0' && c <= '9' {
            d = c as i64 - 48;
        } else if c >= 'a' && c <= 'z' {
            d = c as i64 - 97 + 10;
        } else if c >= 'A' && c <= 'Z' {
            d = c as i64 - 65 + 10;
        }
        if d >= from_base {
            return Err(String::from("error"));
        }
        value = value * from_base + d;
        i = i + 1;
    }
    if value == 0 {
        return Ok(String::from("0"));
    }
    let mut out: Vec<char> = Vec::new();
    while value > 0 {
        let r = value % to_base;
        if r < 10 {
            out.insert(0, ((r + 48) as u8) as char);
        } else {
            out.insert(0, ((r - 10 + 97) as u8) as char);
        }
        value = value / to_base;
    }
    let mut s = String::new();
    if neg == true {
        s.push('-');
    }
    for k in 0..out.len() {
        s.push(out[k]);
    }
    return Ok(s);
}
