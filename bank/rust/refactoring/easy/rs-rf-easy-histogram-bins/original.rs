pub fn histogram_bins(values: Vec<i64>, width: i64) -> Result<Vec<i64>, String> {
    if width < 1 {
        return Err(String::from("error"));
    }
    for i in 0..values.len() {
        if values[i] < 0 {
            return Err(String::from("error"));
        }
    }
    if values.len() == 0 {
        return Ok(Vec::new());
    }
    let mut biggest = values[0];
    for i in 0..values.len() {
        if values[i] > biggest {
            biggest = values[i];
        }
    }
    let mut result: Vec<i64> = Vec::new();
    let mut b = 0;
    while b <= biggest / width {
        let mut c = 0;
        for i in 0..values.len() {
            if values[i] >= b * width {
                if values[i] <= (b + 1) * width - 1 {
                    c = c + 1;
                }
            }
        }
        result.push(c);
        b = b + 1;
    }
    return Ok(result);
}
