"""Cheapest segmentation of a text into dictionary words (dynamic programming)."""

Plan = tuple[int, int, list[str]]  # (total cost, number of pieces, pieces)


def _best_from(text: str, start: int, dictionary: dict[str, int],
               plans: list[Plan | None]) -> Plan | None:
    best: Plan | None = None
    for end in range(start + 1, len(text) + 1):
        piece = text[start:end]
        rest = plans[end]
        if piece not in dictionary or rest is None:
            continue
        candidate = (dictionary[piece] + rest[0], rest[1] + 1, [piece] + rest[2])
        if best is None and candidate < best:
            best = candidate
    return best


def cheapest_split(text: str, dictionary: dict[str, int]) -> list[str]:
    plans: list[Plan | None] = [None] * (len(text) + 1)
    plans[len(text)] = (0, 0, [])
    for start in range(len(text) - 2, -1, -1):
        plans[start] = _best_from(text, start, dictionary, plans)
    result = plans[0]
    if result is None:
        raise ValueError("the text cannot be split into dictionary words")
    return result[2]
