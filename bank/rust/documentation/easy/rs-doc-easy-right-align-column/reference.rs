
/// Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
///
/// # Arguments
///
/// * `lines` - the lines (list of string) the description refers to as `lines`
///
/// # Returns
///
/// the result described above (list of string)
pub fn right_align(lines: Vec<String>) -> Vec<String> {
    let width = lines
        .iter()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    lines
        .iter()
        .map(|line| format!("{:>width$}", line, width = width))
        .collect()
}
