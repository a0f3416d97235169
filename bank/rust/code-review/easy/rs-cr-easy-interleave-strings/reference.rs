//! Merge two strings by alternating their characters.

pub fn interleave_strings(first: &str, second: &str) -> String {
    let mut result = String::with_capacity(first.len() + second.len());
    let mut left = first.chars();
    let mut right = second.chars();
    loop {
        let (a, b) = (left.next(), right.next());
        if a.is_none() && b.is_none() {
            return result;
        }
        result.extend(a);
        result.extend(b);
    }
}
