pub fn rising_chain(prices: Vec<i64>) -> Vec<i64> {
    let n = prices.len();
    let mut best: Vec<Vec<i64>> = Vec::new();
    for i in 0..n {
        best.push(Vec::new());
    }
    let mut i = n;
    while i > 0 {
        i = i - 1;
        let mut tail: Vec<i64> = Vec::new();
        for j in i + 1..n {
            if prices[j] > prices[i] {
                if best[j].len() > tail.len() {
                    tail = best[j].clone();
                } else {
                    if best[j].len() == tail.len() {
                        if best[j].clone() < tail.clone() {
                            tail = best[j].clone();
                        }
                    }
                }
            }
        }
        let mut chain = vec![prices[i]];
        for k in 0..tail.len() {
            chain.push(tail[k]);
        }
        best[i] = chain;
    }
    let mut result: Vec<i64> = Vec::new();
    for i in 0..n {
        if best[i].len() > result.len() {
            result = best[i].clone();
        } else {
            if best[i].len() == result.len() {
                if best[i].clone() < result.clone() {
                    result = best[i].clone();
                }
            }
        }
    }
    return result;
}
