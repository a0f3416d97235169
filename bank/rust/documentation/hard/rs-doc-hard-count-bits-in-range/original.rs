
fn choose(n: i64, k: i64) -> i64 {
    if k < 0 || k > n {
        return 0;
    }
    (1..=k).fold(1, |result, i| result * (n - k + i) / i)
}

fn count_below(limit: i64, ones: i64) -> i64 {
    let mut total = 0;
    let mut seen = 0;
    for bit in (0..64 - limit.leading_zeros() as i64).rev() {
        if limit >> bit & 1 == 1 {
            total += choose(bit, ones - seen);
            seen += 1;
        }
    }
    total
}

pub fn count_with_bits(lo: i64, hi: i64, k: i64) -> i64 {
    count_below(hi + 1, k) - count_below(lo, k)
}
