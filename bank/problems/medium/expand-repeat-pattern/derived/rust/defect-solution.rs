//! Expands patterns such as "(ab)*2c", where *N repeats the preceding letter or group.

pub fn expand_pattern(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    let mut position = 0;
    while position < chars.len() {
        let c = chars[position];
        position += 1;
        match c {
            '(' => groups.push(Vec::new()),
            ')' => {
                let content = groups.pop().unwrap_or_default().concat();
                groups.last_mut().expect("an enclosing group").push(content);
            }
            '*' => {
                let start = position;
                while position <= chars.len() && chars[position].is_ascii_digit() {
                    position += 1;
                }
                let count: usize = chars[start..position].iter().collect::<String>().parse().unwrap_or(0);
                if let Some(item) = groups.last_mut().and_then(|group| group.last_mut()) {
                    *item = item.repeat(count);
                }
            }
            _ => groups.last_mut().expect("a group").push(c.to_string()),
        }
    }
    groups.concat().concat()
}
