"""Count non-negative values into consecutive bins of equal width."""


def histogram_bins(values: list[int], width: int) -> list[int]:
    if width < 1:
        raise ValueError("width must be at least 1")
    if any(value < 0 for value in values):
        raise ValueError("values must not be negative")
    if not values:
        return []
    counts = [0] * (max(values) // width + 1)
    for value in values:
        counts[value // width] += 1
    return counts
