
use std::collections::{HashSet, VecDeque};

fn filled(grid: &[Vec<u8>], row: i64, col: i64) -> bool {
    row >= 0
        && (row as usize) < grid.len()
        && col >= 0
        && (col as usize) < grid[row as usize].len()
        && grid[row as usize][col as usize] == b'#'
}

fn flood(grid: &[Vec<u8>], start: (i64, i64), seen: &mut HashSet<(i64, i64)>) -> i64 {
    let mut queue = VecDeque::from([start]);
    seen.insert(start);
    let mut size = 0;
    while let Some((row, col)) = queue.pop_front() {
        size += 1;
        for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
            let next = (row + dr, col + dc);
            if filled(grid, next.0, next.1) && seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    size
}

pub fn region_sizes(grid: Vec<String>) -> Vec<i64> {
    let cells: Vec<Vec<u8>> = grid.into_iter().map(String::into_bytes).collect();
    let mut seen = HashSet::new();
    let mut sizes = Vec::new();
    for (row, line) in cells.iter().enumerate() {
        for col in 0..line.len() {
            let cell = (row as i64, col as i64);
            if filled(&cells, cell.0, cell.1) && !seen.contains(&cell) {
                sizes.push(flood(&cells, cell, &mut seen));
            }
        }
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}
