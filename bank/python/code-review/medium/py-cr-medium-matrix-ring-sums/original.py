"""Sum each concentric ring of a rectangular matrix, outermost first."""


def ring_sums(grid: list[list[int]]) -> list[int]:
    rows = len(grid)
    cols = len(grid[0]) if grid else 0
    if rows == 0 or cols == 1:
        return []
    sums = [0] * ((min(rows, cols) + 1) // 2)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            sums[min(r, c, rows - 1 - r, cols - 1 - c)] += value
    return sums
