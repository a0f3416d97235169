
from collections import deque

FILLED = "#"
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def _neighbours(grid: list[str], row: int, col: int) -> list[tuple[int, int]]:
    cells = [(row + dr, col + dc) for dr, dc in STEPS]
    return [
        (r, c) for r, c in cells
        if 0 <= r < len(grid) and 0 <= c < len(grid[r]) and grid[r][c] == FILLED
    ]


def _flood(grid: list[str], start: tuple[int, int], seen: set[tuple[int, int]]) -> int:
    seen.add(start)
    queue = deque([start])
    size = 0
    while queue:
        row, col = queue.popleft()
        size += 1
        for cell in _neighbours(grid, row, col):
            if cell not in seen:
                seen.add(cell)
                queue.append(cell)
    return size


def region_sizes(grid: list[str]) -> list[int]:
    seen: set[tuple[int, int]] = set()
    sizes = []
    for row, line in enumerate(grid):
        for col, char in enumerate(line):
            if char == FILLED and (row, col) not in seen:
                sizes.append(_flood(grid, (row, col), seen))
    return sorted(sizes, reverse=True)
