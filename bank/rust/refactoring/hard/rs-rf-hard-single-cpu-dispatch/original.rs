pub fn dispatch_jobs(jobs: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut done: Vec<bool> = Vec::new();
    for i in 0..jobs.len() {
        done.push(false);
    }
    let mut result: Vec<Vec<i64>> = Vec::new();
    let mut clock = 0;
    while result.len() < jobs.len() {
        let mut pick: i64 = -1;
        for i in 0..jobs.len() {
            if done[i] == false {
                if jobs[i][0] <= clock {
                    if pick == -1 {
                        pick = i as i64;
                    } else {
                        let p = pick as usize;
                        if jobs[i][2] > jobs[p][2] {
                            pick = i as i64;
                        } else if jobs[i][2] == jobs[p][2] && jobs[i][0] < jobs[p][0] {
                            pick = i as i64;
                        }
                    }
                }
            }
        }
        if pick == -1 {
            let mut next = 999999999999;
            for i in 0..jobs.len() {
                if done[i] == false && jobs[i][0] < next {
                    next = jobs[i][0];
                }
            }
            clock = next;
            continue;
        }
        let p = pick as usize;
        done[p] = true;
        let finish = clock + jobs.clone()[p][1];
        result.push(vec![p as i64, clock, finish]);
        clock = finish;
    }
    return result;
}
