//! Non-preemptive single-CPU dispatcher driven by a priority queue.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn dispatch_jobs(jobs: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut arrivals: Vec<usize> = (0..jobs.len()).collect();
    arrivals.sort_by_key(|&index| (jobs[index][0], index));
    // Highest priority first, then the earliest arrival, then the lowest index.
    let mut ready: BinaryHeap<(i64, Reverse<(i64, usize)>)> = BinaryHeap::new();
    let mut schedule = Vec::new();
    let (mut clock, mut next) = (0, 0);
    while schedule.len() < jobs.len() {
        if ready.is_empty() {
            clock = clock.max(jobs[arrivals[next]][0]);
        }
        while next < jobs.len() && jobs[arrivals[next]][0] <= clock {
            let index = arrivals[next];
            ready.push((jobs[index][2], Reverse((jobs[index][0], index))));
            next += 1;
        }
        let index = match ready.pop() {
            Some((_, Reverse((_, index)))) => index,
            None => break,
        };
        let finish = clock + jobs[index][1];
        schedule.push(vec![index as i64, clock, finish]);
        clock = finish;
    }
    schedule
}
