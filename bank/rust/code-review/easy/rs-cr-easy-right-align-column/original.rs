//! Pad strings on the left so that they line up on the right.

pub fn right_align(lines: Vec<String>) -> Vec<String> {
    let width = lines
        .iter()
        .map(|line| line.chars().count())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|line| format!("{:>width$}", line, width = width))
        .collect()
}
