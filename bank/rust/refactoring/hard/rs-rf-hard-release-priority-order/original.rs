use std::collections::HashMap;

pub fn release_order(
    priorities: HashMap<String, i64>,
    dependencies: Vec<Vec<String>>,
) -> Result<Vec<String>, String> {
    let mut deps: Vec<Vec<String>> = Vec::new();
    for i in 0..dependencies.len() {
        let d = dependencies[i].clone();
        if !priorities.contains_key(&d[0]) || !priorities.contains_key(&d[1]) {
            return Err(String::from("error"));
        }
        let mut dup = false;
        for j in 0..deps.len() {
            if deps[j][0] == d[0] && deps[j][1] == d[1] {
                dup = true;
            }
        }
        if dup == false {
            deps.push(d.clone());
        }
    }
    let mut names: Vec<String> = Vec::new();
    for (k, _) in priorities.clone() {
        names.push(k);
    }
    let mut done: Vec<String> = Vec::new();
    while done.len() < names.len() {
        let mut pick: i64 = -1;
        for i in 0..names.len() {
            if done.contains(&names[i]) {
                continue;
            }
            let mut ready = true;
            for j in 0..deps.len() {
                if deps[j][1] == names[i] {
                    if !done.contains(&deps[j][0]) {
                        ready = false;
                    }
                }
            }
            if ready == true {
                if pick == -1 {
                    pick = i as i64;
                } else {
                    let p = priorities[&names[i]];
                    let q = priorities[&names[pick as usize]];
                    if p > q || (p == q && names[i] < names[pick as usize]) {
                        pick = i as i64;
                    }
                }
            }
        }
        if pick == -1 {
            return Err(String::from("error"));
        }
        done.push(names[pick as usize].clone());
    }
    return Ok(done);
}
