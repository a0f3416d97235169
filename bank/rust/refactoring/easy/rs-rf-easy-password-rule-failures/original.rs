pub fn password_rule_failures(password: &str) -> Vec<String> {
    let cs: Vec<char> = password.chars().collect();
    let mut result = Vec::new();
    if cs.len() < 8 {
        result.push(String::from("length"));
    }
    let mut found = false;
    for i in 0..cs.len() {
        if cs[i] >= 'A' && cs[i] <= 'Z' {
            found = true;
        }
    }
    if found == false {
        result.push(String::from("upper"));
    }
    let mut found2 = false;
    for i in 0..cs.len() {
        if cs[i] >= 'a' && cs[i] <= 'z' {
            found2 = true;
        }
    }
    if found2 == false {
        result.push(String::from("lower"));
    }
    let mut found3 = false;
    for i in 0..cs.len() {
        if cs[i] >= '0' && cs[i] <= '9' {
            found3 = true;
        }
    }
    if found3 == false {
        result.push(String::from("digit"));
    }
    let mut found4 = false;
    for i in 0..cs.len() {
        if cs[i] == ' ' {
            found4 = true;
        }
    }
    if found4 == true {
        result.push(String::from("space"));
    }
    return result;
}
