pub fn run_postfix(tokens: Vec<String>) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    for i in 0..tokens.len() {
        let t = tokens[i].clone();
        if t == "+" {
            if stack.len() < 2 {
                return Err(String::from("error"));
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(a + b);
        } else if t == "-" {
            if stack.len() < 2 {
                return Err(String::from("error"));
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(a - b);
        } else if t == "*" {
            if stack.len() < 2 {
                return Err(String::from("error"));
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(a * b);
        } else if t == "/" {
            if stack.len() < 2 {
                return Err(String::from("error"));
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            if b == 0 {
                return Err(String::from("error"));
            }
            stack.push(a / b);
        } else if t == "dup" {
            if stack.len() < 1 {
                return Err(String::from("error"));
            }
            let x = stack[stack.len() - 1];
            stack.push(x);
        } else if t == "swap" {
            if stack.len() < 2 {
                return Err(String::from("error"));
            }
            let n = stack.len();
            let x = stack[n - 1];
            stack[n - 1] = stack[n - 2];
            stack[n - 2] = x;
        } else if t == "drop" {
            if stack.len() < 1 {
                return Err(String::from("error"));
            }
            stack.pop();
        } else {
            let cs: Vec<char> = t.chars().collect();
            let mut start = 0;
            if cs.len() > 0 && cs[0] == '-' {
                start = 1;
            }
            if start >= cs.len() {
                return Err(String::from("error"));
            }
            for k in start..cs.len() {
                if cs[k] < '0' || cs[k] > '9' {
                    return Err(String::from("error"));
                }
            }
            stack.push(t.parse::<i64>().unwrap());
        }
    }
    if stack.len() != 1 {
        return Err(String::from("error"));
    }
    return Ok(stack[0]);
}
