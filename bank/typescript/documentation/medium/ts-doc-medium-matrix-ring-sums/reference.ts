// Sum each concentric ring of a rectangular matrix, outermost first.

/**
 * The grid is a rectangular matrix of integers (every row has the same length).
 *
 * @param grid - the grid (list of list of int) the description refers to as `grid`
 * @returns the result described above (list of int)
 */
export function ringSums(grid: number[][]): number[] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows === 0 || cols === 0) {
    return [];
  }
  const sums = new Array<number>(Math.ceil(Math.min(rows, cols) / 2)).fill(0);
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      const ring = Math.min(r, c, rows - 1 - r, cols - 1 - c);
      sums[ring]! += value;
    });
  });
  return sums;
}
