pub fn duration_to_seconds(text: &str) -> Result<i64, String> {
    let cs: Vec<char> = text.chars().collect();
    if cs.len() == 0 {
        return Err(String::from("error"));
    }
    let mut total: i64 = 0;
    let mut last = -1;
    let mut num = String::new();
    for i in 0..cs.len() {
        let c = cs[i];
        if c >= '0' && c <= '9' {
            num.push(c);
        } else {
            if num.len() == 0 {
                return Err(String::from("error"));
            }
            let n: i64 = num.parse().unwrap();
            if c == 'd' {
                if last >= 0 {
                    return Err(String::from("error"));
                }
                total = total + n * 86400;
                last = 0;
            } else if c == 'h' {
                if last >= 1 {
                    return Err(String::from("error"));
                }
                total = total + n * 3600;
                last = 1;
            } else if c == 'm' {
                if last >= 2 {
                    return Err(String::from("error"));
                }
                total = total + n * 60;
                last = 2;
            } else if c == 's' {
                if last >= 3 {
                    return Err(String::from("error"));
                }
                total = total + n;
                last = 3;
            } else {
                return Err(String::from("error"));
            }
            num = String::new();
        }
    }
    if num.len() != 0 {
        return Err(String::from("error"));
    }
    return Ok(total);
}
