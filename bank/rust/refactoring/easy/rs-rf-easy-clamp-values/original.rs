pub fn clamp_values(values: Vec<i64>, low: i64, high: i64) -> Result<Vec<i64>, String> {
    if low > high {
        return Err(String::from("error"));
    } else {
        let mut result = Vec::new();
        for i in 0..values.len() {
            let v = values.clone()[i];
            if v < low {
                result.push(low);
            } else {
                if v > high {
                    result.push(high);
                } else {
                    if v >= low && v <= high {
                        result.push(v);
                    }
                }
            }
        }
        return Ok(result);
    }
}
