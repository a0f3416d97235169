pub fn first_bad_bracket(text: &str) -> i64 {
    let cs: Vec<char> = text.chars().collect();
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..cs.len() {
        if cs[i] == '(' || cs[i] == '[' || cs[i] == '{' {
            stack.push(i);
        } else {
            if cs[i] == ')' {
                if stack.len() == 0 {
                    return i as i64;
                } else {
                    if cs[stack[stack.len() - 1]] != '(' {
                        return i as i64;
                    }
                    stack.pop();
                }
            }
            if cs[i] == ']' {
                if stack.len() == 0 {
                    return i as i64;
                } else {
                    if cs[stack[stack.len() - 1]] != '[' {
                        return i as i64;
                    }
                    stack.pop();
                }
            }
            if cs[i] == '}' {
                if stack.len() == 0 {
                    return i as i64;
                } else {
                    if cs[stack[stack.len() - 1]] != '{' {
                        return i as i64;
                    }
                    stack.pop();
                }
            }
        }
    }
    if stack.len() > 0 {
        return stack[0] as i64;
    }
    return -1;
}
