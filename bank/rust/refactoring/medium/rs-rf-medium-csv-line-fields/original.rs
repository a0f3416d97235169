pub fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let cs: Vec<char> = line.chars().collect();
    if cs.len() == 0 {
        return Ok(vec![String::new()]);
    }
    let mut fields: Vec<String> = Vec::new();
    let mut i = 0;
    loop {
        let mut field = String::new();
        if i < cs.len() && cs[i] == '"' {
            i = i + 1;
            let mut closed = false;
            while i < cs.len() {
                if cs[i] == '"' {
                    if i + 1 < cs.len() && cs[i + 1] == '"' {
                        field.push('"');
                        i = i + 2;
                    } else {
                        closed = true;
                        i = i + 1;
                        break;
                    }
                } else {
                    field.push(cs[i]);
                    i = i + 1;
                }
            }
            if closed == false {
                return Err(String::from("error"));
            }
            if i < cs.len() {
                if cs[i] != ',' {
                    return Err(String::from("error"));
                }
            }
        } else {
            while i < cs.len() && cs[i] != ',' {
                field.push(cs[i]);
                i = i + 1;
            }
        }
        fields.push(field.clone());
        if i >= cs.len() {
            break;
        }
        i = i + 1;
    }
    return Ok(fields.clone());
}
