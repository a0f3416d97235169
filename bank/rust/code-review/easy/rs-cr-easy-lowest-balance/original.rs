//! The lowest balance an account reaches while changes are applied to it.

pub fn lowest_balance(start: i64, changes: Vec<i64>) -> i64 {
    let mut balance = start;
    let mut lowest = start;
    for change in changes {
        balance += change;
        lowest = lowest.max(balance);
    }
    lowest
}
