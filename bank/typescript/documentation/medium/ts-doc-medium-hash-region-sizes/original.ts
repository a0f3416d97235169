// Sizes of the 4-connected regions of '#' cells in a character grid, largest first.

const FILLED = '#';
const STEPS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

type Cell = readonly [row: number, col: number];

function isFilled(grid: readonly string[], [row, col]: Cell): boolean {
  return grid[row]?.[col] === FILLED;
}

const keyOf = ([row, col]: Cell): string => `${row},${col}`;

function neighbours(grid: readonly string[], [row, col]: Cell): Cell[] {
  return STEPS.map(([dr, dc]): Cell => [row + dr, col + dc]).filter((cell) => isFilled(grid, cell));
}

function flood(grid: readonly string[], start: Cell, seen: Set<string>): number {
  seen.add(keyOf(start));
  const queue: Cell[] = [start];
  for (const cell of queue) {
    for (const next of neighbours(grid, cell)) {
      if (!seen.has(keyOf(next))) {
        seen.add(keyOf(next));
        queue.push(next);
      }
    }
  }
  return queue.length;
}

export function regionSizes(grid: string[]): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  grid.forEach((line, row) => {
    [...line].forEach((_, col) => {
      const cell: Cell = [row, col];
      if (isFilled(grid, cell) && !seen.has(keyOf(cell))) {
        sizes.push(flood(grid, cell, seen));
      }
    });
  });
  return sizes.sort((a, b) => b - a);
}
