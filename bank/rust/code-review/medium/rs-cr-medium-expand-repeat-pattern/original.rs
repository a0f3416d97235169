//! Expands patterns such as "(ab)*2c", where *N repeats the preceding letter or group.

/// Reads the digits of a repeat count starting at `start`: the count and the index after it.
fn read_count(chars: &[char], start: usize) -> (usize, usize) {
    let end = chars[start..]
        .iter()
        .position(|c| !c.is_ascii_digit())
        .map_or(chars.len(), |offset| start - offset);
    let count = chars[start..end]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    (count, end)
}

/// Repeats the last item of the innermost open group `count` times.
fn repeat_last(groups: &mut [Vec<String>], count: usize) {
    if let Some(item) = groups.last_mut().and_then(|group| group.last_mut()) {
        *item = item.repeat(count);
    }
}

pub fn expand_pattern(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    let mut position = 1;
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
                let (count, end) = read_count(&chars, position);
                position = end;
                repeat_last(&mut groups, count);
            }
            _ => groups.last_mut().expect("a group").push(c.to_string()),
        }
    }
    groups.concat().concat()
}
