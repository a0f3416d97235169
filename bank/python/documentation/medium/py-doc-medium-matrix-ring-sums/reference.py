

def ring_sums(grid: list[list[int]]) -> list[int]:
    """The grid is a rectangular matrix of integers (every row has the same length).

    Args:
        grid: the grid (list of list of int) the description refers to as `grid`

    Returns:
        the result described above (list of int)
    """
    rows = len(grid)
    cols = len(grid[0]) if grid else 0
    if rows == 0 or cols == 0:
        return []
    sums = [0] * ((min(rows, cols) + 1) // 2)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            sums[min(r, c, rows - 1 - r, cols - 1 - c)] += value
    return sums
