pub fn right_align(lines: Vec<String>) -> Vec<String> {
    let mut max = 0;
    for i in 0..lines.len() {
        if lines[i].chars().count() > max {
            max = lines[i].chars().count();
        }
    }
    let mut result: Vec<String> = Vec::new();
    for i in 0..lines.len() {
        let mut s = String::new();
        let mut k = 0;
        while k < max - lines[i].chars().count() {
            s = s + " ";
            k = k + 1;
        }
        s = s + &lines.clone()[i];
        result.push(s.clone());
    }
    return result;
}
