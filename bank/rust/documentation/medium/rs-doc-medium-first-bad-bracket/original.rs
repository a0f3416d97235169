
fn opener_of(c: char) -> Option<char> {
    match c {
        ')' => Some('('),
        ']' => Some('['),
        '}' => Some('{'),
        _ => None,
    }
}

pub fn first_bad_bracket(text: &str) -> i64 {
    let mut open: Vec<(usize, char)> = Vec::new();
    for (index, c) in text.chars().enumerate() {
        if matches!(c, '(' | '[' | '{') {
            open.push((index, c));
        } else if let Some(opener) = opener_of(c) {
            if open.last().map(|&(_, top)| top) != Some(opener) {
                return index as i64;
            }
            open.pop();
        }
    }
    open.first().map_or(-1, |&(index, _)| index as i64)
}
