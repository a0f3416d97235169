use std::collections::HashMap;

pub fn letter_frequency(text: &str) -> HashMap<String, i64> {
    let mut map: HashMap<String, i64> = HashMap::new();
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len() {
        let c = chars[i];
        if c >= 'a' && c <= 'z' {
            let key = c.to_string();
            if map.contains_key(&key) {
                let old = map.get(&key).unwrap().clone();
                map.insert(key.clone(), old + 1);
            } else {
                map.insert(key.clone(), 1);
            }
        }
        if c >= 'A' && c <= 'Z' {
            let key = ((c as u8) + 32) as char;
            let key = key.to_string();
            if map.contains_key(&key) {
                let old = map.get(&key).unwrap().clone();
                map.insert(key.clone(), old + 1);
            } else {
                map.insert(key.clone(), 1);
            }
        }
    }
    return map;
}
