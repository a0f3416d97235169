"""Weighted edit distance with adjacent swaps (optimal string alignment)."""

COST_KEYS = ("insert", "delete", "replace", "swap")


def _validate(costs: dict[str, int]) -> None:
    if set(costs) != set(COST_KEYS):
        raise ValueError(f"costs must have exactly the keys {', '.join(COST_KEYS)}")
    if any(value < 0 for value in costs.values()):
        raise ValueError("costs must not be negative")


def _cell(source: str, target: str, table: list[list[int]], i: int, j: int,
          costs: dict[str, int]) -> int:
    same = source[i - 1] == target[j - 1]
    best = min(
        table[i - 1][j] + costs["delete"],
        table[i][j - 1] + costs["insert"],
        table[i - 1][j - 1] + (0 if same else costs["replace"]),
    )
    swappable = (
        i > 1 and j > 1
        and source[i - 1] == target[j - 2]
        and source[i - 2] == target[j - 1]
    )
    if swappable:
        best = min(best, table[i - 2][j - 2] + costs["swap"])
    return best


def typo_distance(source: str, target: str, costs: dict[str, int]) -> int:
    _validate(costs)
    rows, cols = len(source) + 1, len(target) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = i * costs["delete"]
    for j in range(1, cols):
        table[0][j] = j * costs["insert"]
    for i in range(1, rows):
        for j in range(1, cols):
            table[i][j] = _cell(source, target, table, i, j, costs)
    return table[-1][-1]
