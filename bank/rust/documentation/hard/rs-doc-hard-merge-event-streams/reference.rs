
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn parse(entry: &str) -> (i64, &str) {
    let (time, event) = entry.split_once(' ').unwrap_or((entry, ""));
    (time.parse().unwrap_or(0), event)
}

/// Each stream is a list of entries "<time> <event>": a non-negative integer time, one space, then the event text (which may itself contain spaces).
///
/// # Arguments
///
/// * `streams` - the streams (list of list of string) the description refers to as `streams`
///
/// # Returns
///
/// the result described above (list of string)
pub fn merge_streams(streams: Vec<Vec<String>>) -> Vec<String> {
    let parsed: Vec<Vec<(i64, &str)>> =
        streams.iter().map(|stream| stream.iter().map(|entry| parse(entry)).collect()).collect();
    let mut heap: BinaryHeap<Reverse<(i64, usize, usize)>> = parsed
        .iter()
        .enumerate()
        .filter(|(_, stream)| !stream.is_empty())
        .map(|(index, stream)| Reverse((stream[0].0, index, 0)))
        .collect();
    let mut merged = Vec::new();
    while let Some(Reverse((_, index, position))) = heap.pop() {
        let stream = &parsed[index];
        merged.push(format!("{}:{}", index, stream[position].1));
        if let Some(&(time, _)) = stream.get(position + 1) {
            heap.push(Reverse((time, index, position + 1)));
        }
    }
    merged
}
