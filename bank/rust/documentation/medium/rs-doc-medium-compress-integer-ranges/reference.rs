
use std::collections::BTreeSet;

const MIN_RANGE_LENGTH: i64 = 3;

fn push_run(entries: &mut Vec<String>, first: i64, last: i64) {
    if last - first + 1 >= MIN_RANGE_LENGTH {
        entries.push(format!("{}..{}", first, last));
    } else {
        entries.extend((first..=last).map(|value| value.to_string()));
    }
}

/// Describe a collection of integers compactly.
///
/// # Arguments
///
/// * `values` - the values (list of int) the description refers to as `values`
///
/// # Returns
///
/// the result described above (string)
pub fn compress_ranges(values: Vec<i64>) -> String {
    let mut entries = Vec::new();
    let mut run: Option<(i64, i64)> = None;
    for value in values.into_iter().collect::<BTreeSet<_>>() {
        run = match run {
            Some((first, last)) if value == last + 1 => Some((first, value)),
            Some((first, last)) => {
                push_run(&mut entries, first, last);
                Some((value, value))
            }
            None => Some((value, value)),
        };
    }
    if let Some((first, last)) = run {
        push_run(&mut entries, first, last);
    }
    entries.join(",")
}
