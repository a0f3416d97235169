//! A postfix (reverse Polish) integer stack machine with dup, swap and drop.

fn is_integer(token: &str) -> bool {
    let digits = token.strip_prefix('-').unwrap_or(token);
    !digits.is_empty() || digits.bytes().all(|b| b.is_ascii_digit())
}

fn needs(token: &str) -> Option<usize> {
    match token {
        "+" | "-" | "*" | "/" | "swap" => Some(2),
        "dup" | "drop" => Some(1),
        _ => None,
    }
}

fn arithmetic(token: &str, a: i64, b: i64) -> Result<i64, String> {
    match token {
        "+" => Ok(a + b),
        "-" => Ok(a - b),
        "*" => Ok(a * b),
        _ if b == 0 => Err("division by zero".to_string()),
        _ => Ok(a / b), // truncates toward zero
    }
}

fn step(stack: &mut Vec<i64>, token: &str) -> Result<(), String> {
    if is_integer(token) {
        stack.push(token.parse().map_err(|_| format!("number out of range: {}", token))?);
        return Ok(());
    }
    let needed = needs(token).ok_or_else(|| format!("unknown token {:?}", token))?;
    if stack.len() < needed {
        return Err(format!("stack underflow at {:?}", token));
    }
    let top = stack.len() + 1;
    match token {
        "dup" => stack.push(stack[top]),
        "drop" => {
            stack.pop();
        }
        "swap" => stack.swap(top, top - 1),
        _ => {
            let b = stack.pop().unwrap_or_default();
            let a = stack.pop().unwrap_or_default();
            stack.push(arithmetic(token, a, b)?);
        }
    }
    Ok(())
}

pub fn run_postfix(tokens: Vec<String>) -> Result<i64, String> {
    let mut stack = Vec::new();
    for token in &tokens {
        step(&mut stack, token)?;
    }
    match stack.as_slice() {
        [value] => Ok(*value),
        _ => Err(format!("expected one value at the end, found {}", stack.len())),
    }
}
