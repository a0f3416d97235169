
/// An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
///
/// # Arguments
///
/// * `start` - the start (int) the description refers to as `start`
/// * `changes` - the changes (list of int) the description refers to as `changes`
///
/// # Returns
///
/// the result described above (int)
pub fn lowest_balance(start: i64, changes: Vec<i64>) -> i64 {
    let mut balance = start;
    let mut lowest = start;
    for change in changes {
        balance += change;
        lowest = lowest.min(balance);
    }
    lowest
}
