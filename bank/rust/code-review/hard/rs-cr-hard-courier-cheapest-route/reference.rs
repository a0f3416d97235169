//! Cheapest courier route: Dijkstra with a lexicographic tie-break.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn validate(n: i64, edges: &[Vec<i64>], source: i64, target: i64) -> Result<(), String> {
    if n < 1 {
        return Err("there must be at least one depot".to_string());
    }
    let depot = |node: i64| (0..n).contains(&node);
    if !depot(source) || !depot(target) {
        return Err("source or target out of range".to_string());
    }
    for edge in edges {
        if edge.len() != 3 {
            return Err(format!("malformed edge {:?}", edge));
        }
        if !depot(edge[0]) || !depot(edge[1]) {
            return Err(format!("edge {:?} uses an unknown depot", edge));
        }
        if edge[2] < 1 {
            return Err(format!("edge {:?} has a non-positive travel time", edge));
        }
    }
    Ok(())
}

/// The shortest travel time from every depot to the target (None when unreachable).
fn distances_to(target: usize, incoming: &[Vec<(usize, i64)>]) -> Vec<Option<i64>> {
    let mut dist = vec![None; incoming.len()];
    dist[target] = Some(0);
    let mut heap = BinaryHeap::from([Reverse((0, target))]);
    while let Some(Reverse((cost, node))) = heap.pop() {
        if dist[node] != Some(cost) {
            continue;
        }
        for &(previous, minutes) in &incoming[node] {
            let candidate = cost + minutes;
            if dist[previous].map_or(true, |known| candidate < known) {
                dist[previous] = Some(candidate);
                heap.push(Reverse((candidate, previous)));
            }
        }
    }
    dist
}

pub fn cheapest_route(
    n: i64,
    edges: Vec<Vec<i64>>,
    source: i64,
    target: i64,
) -> Result<Vec<i64>, String> {
    validate(n, &edges, source, target)?;
    let mut outgoing = vec![Vec::new(); n as usize];
    let mut incoming = vec![Vec::new(); n as usize];
    for edge in &edges {
        outgoing[edge[0] as usize].push((edge[1] as usize, edge[2]));
        incoming[edge[1] as usize].push((edge[0] as usize, edge[2]));
    }
    let dist = distances_to(target as usize, &incoming);
    let mut route = Vec::new();
    if dist[source as usize].is_none() {
        return Ok(route);
    }
    let mut node = source as usize;
    route.push(node as i64);
    while node != target as usize {
        let here = dist[node];
        node = outgoing[node]
            .iter()
            .filter(|&&(next, minutes)| dist[next].map(|d| d + minutes) == here)
            .map(|&(next, _)| next)
            .min()
            .expect("a cheapest route continues");
        route.push(node as i64);
    }
    Ok(route)
}
