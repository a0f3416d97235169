pub fn run_length_list(values: Vec<i64>) -> Vec<Vec<i64>> {
    let mut result: Vec<Vec<i64>> = Vec::new();
    if values.len() == 0 {
        return result;
    }
    let mut cur = values[0];
    let mut cnt = 0;
    for i in 0..values.len() {
        if i == 0 {
            cnt = 1;
        } else {
            if values[i] == values[i - 1] {
                cnt = cnt + 1;
            } else {
                if cnt > 0 {
                    let mut pair = Vec::new();
                    pair.push(cur);
                    pair.push(cnt);
                    result.push(pair.clone());
                }
                cur = values[i];
                cnt = 1;
            }
        }
    }
    if cnt > 0 {
        let mut pair = Vec::new();
        pair.push(cur);
        pair.push(cnt);
        result.push(pair.clone());
    }
    return result;
}
