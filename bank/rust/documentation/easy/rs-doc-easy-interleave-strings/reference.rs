
/// Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
///
/// # Arguments
///
/// * `first` - the first (string) the description refers to as `first`
/// * `second` - the second (string) the description refers to as `second`
///
/// # Returns
///
/// the result described above (string)
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
