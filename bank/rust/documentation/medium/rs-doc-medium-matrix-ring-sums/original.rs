
pub fn ring_sums(grid: Vec<Vec<i64>>) -> Vec<i64> {
    let rows = grid.len();
    let cols = grid.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    let mut sums = vec![0; (rows.min(cols) + 1) / 2];
    for (r, row) in grid.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sums[r.min(c).min(rows - 1 - r).min(cols - 1 - c)] += value;
        }
    }
    sums
}
