
pub fn free_slots(
    busy: Vec<Vec<i64>>,
    day_start: i64,
    day_end: i64,
    min_length: i64,
) -> Vec<Vec<i64>> {
    let mut sorted = busy;
    sorted.sort();
    let mut slots = Vec::new();
    let mut cursor = day_start;
    for interval in &sorted {
        if interval[0] > cursor {
            slots.push(vec![cursor, interval[0].min(day_end)]);
        }
        cursor = cursor.max(interval[1]);
        if cursor >= day_end {
            break;
        }
    }
    if cursor < day_end {
        slots.push(vec![cursor, day_end]);
    }
    slots.retain(|slot| slot[1] - slot[0] >= min_length);
    slots
}
