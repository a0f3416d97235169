
/// bookings[i] = [start, end, value] describes a half-open time interval [start, end) with start < end and a value of at least 0.
///
/// # Arguments
///
/// * `bookings` - the bookings (list of list of int) the description refers to as `bookings`
///
/// # Returns
///
/// the result described above (int)
pub fn max_booking_value(bookings: Vec<Vec<i64>>) -> i64 {
    let mut ordered = bookings;
    ordered.sort_by_key(|booking| booking[1]);
    // best[i]: the optimum over the first i bookings by end
    let mut best = vec![0; ordered.len() + 1];
    for (i, booking) in ordered.iter().enumerate() {
        let compatible = ordered[..i].partition_point(|earlier| earlier[1] <= booking[0]);
        best[i + 1] = best[i].max(best[compatible] + booking[2]);
    }
    best[ordered.len()]
}
