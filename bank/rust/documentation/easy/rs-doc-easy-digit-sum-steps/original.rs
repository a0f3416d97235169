
fn digit_sum(number: u64) -> u64 {
    let mut rest = number;
    let mut total = 0;
    while rest > 0 {
        total += rest % 10;
        rest /= 10;
    }
    total
}

pub fn digit_sum_steps(n: i64) -> i64 {
    let mut number = n.unsigned_abs();
    let mut steps = 0;
    while number >= 10 {
        number = digit_sum(number);
        steps += 1;
    }
    steps
}
