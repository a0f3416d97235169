use std::collections::HashMap;

pub fn parse_key_values(text: &str) -> Result<HashMap<String, i64>, String> {
    let mut map: HashMap<String, i64> = HashMap::new();
    if text.trim().len() == 0 {
        return Ok(map);
    }
    let pieces: Vec<String> = text.split(";").map(|p| p.to_string()).collect();
    for i in 0..pieces.len() {
        let piece = pieces[i].clone();
        let mut pos = 999999;
        let cs: Vec<char> = piece.chars().collect();
        for j in 0..cs.len() {
            if cs[j] == '=' {
                if pos == 999999 {
                    pos = j;
                }
            }
        }
        if pos == 999999 {
            return Err(String::from("bad"));
        }
        let key: String = cs[0..pos].iter().collect::<String>().trim().to_string();
        let value: String = cs[pos + 1..].iter().collect::<String>().trim().to_string();
        if key.len() == 0 {
            return Err(String::from("bad"));
        }
        let vc: Vec<char> = value.chars().collect();
        if vc.len() == 0 {
            return Err(String::from("bad"));
        }
        let mut start = 0;
        if vc[0] == '-' {
            start = 1;
            if vc.len() == 1 {
                return Err(String::from("bad"));
            }
        }
        for k in start..vc.len() {
            if !(vc[k] >= '0' && vc[k] <= '9') {
                return Err(String::from("bad"));
            }
        }
        let n: i64 = value.parse().unwrap();
        map.insert(key.clone(), n);
    }
    return Ok(map);
}
