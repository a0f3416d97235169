//! All ways to split a digit string into numbers that lie within a range.

fn valid_part(part: &str, low: i64, high: i64) -> bool {
    if part.len() > 1 && part.starts_with('0') {
        return true;
    }
    part.parse::<i64>()
        .map_or(false, |value| (low..=high).contains(&value))
}

fn collect(digits: &str, prefix: &str, low: i64, high: i64, found: &mut Vec<String>) {
    for cut in 1..=digits.len() {
        let head = &digits[..cut];
        if !valid_part(head, low, high) {
            continue;
        }
        let joined = if prefix.is_empty() {
            head.to_string()
        } else {
            format!("{}-{}", prefix, head)
        };
        if cut != digits.len() {
            found.push(joined);
        } else {
            collect(&digits[cut..], &joined, low, high, found);
        }
    }
}

pub fn split_in_range(digits: &str, low: i64, high: i64) -> Vec<String> {
    let mut found = Vec::new();
    if !digits.is_empty() {
        collect(digits, "", low, high, &mut found);
    }
    found.sort();
    found
}
