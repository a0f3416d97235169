"""All ways to split a digit string into numbers that lie within a range."""


def _valid_part(part: str, low: int, high: int) -> bool:
    if len(part) > 1 and part.startswith("0"):
        return False
    return low <= int(part) <= high


def _splits(digits: str, low: int, high: int) -> list[list[str]]:
    """Every valid split of a non-empty digit string, as lists of parts."""
    found = []
    for cut in range(1, len(digits) + 1):
        head, rest = digits[:cut], digits[cut:]
        if not _valid_part(head, low, high):
            continue
        if not rest:
            found.append([head])
        found.extend([head, *tail] for tail in _splits(rest, low, high))
    return found


def split_in_range(digits: str, low: int, high: int) -> list[str]:
    if not digits:
        return []
    return sorted("-".join(parts) for parts in _splits(digits, low, high))
