pub fn custom_fizz_labels(
    n: i64,
    divisors: Vec<i64>,
    labels: Vec<String>,
) -> Result<Vec<String>, String> {
    if n < 0 {
        return Err(String::from("error"));
    }
    if divisors.len() != labels.len() {
        return Err(String::from("error"));
    }
    for i in 0..divisors.len() {
        if divisors[i] < 1 {
            return Err(String::from("error"));
        }
    }
    let mut result: Vec<String> = Vec::new();
    let mut num = 1;
    while num <= n {
        let mut s = String::new();
        for j in 0..divisors.len() {
            if num % divisors.clone()[j] == 0 {
                s = s + &labels.clone()[j];
            }
        }
        if s.len() == 0 {
            result.push(format!("{}", num));
        } else {
            result.push(s.clone());
        }
        num = num + 1;
    }
    return Ok(result);
}
