
use std::cmp::Ordering;

const OPERATORS: [(&str, fn(Ordering) -> bool); 5] = [
    (">=", Ordering::is_ge),
    ("<=", Ordering::is_le),
    (">", Ordering::is_gt),
    ("<", Ordering::is_lt),
    ("=", Ordering::is_eq),
];

fn parse_version(text: &str) -> Vec<i64> {
    text.split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect()
}

fn check(version: &[i64], comparison: &str) -> bool {
    OPERATORS.iter().find_map(|&(symbol, holds)| {
        let rest = comparison.strip_prefix(symbol)?;
        Some(holds(version.cmp(parse_version(rest).as_slice())))
    }) == Some(true)
}

pub fn satisfies(version: &str, constraint: &str) -> bool {
    let parsed = parse_version(version);
    constraint
        .split("||")
        .any(|alternative| alternative.split_whitespace().all(|c| check(&parsed, c)))
}
