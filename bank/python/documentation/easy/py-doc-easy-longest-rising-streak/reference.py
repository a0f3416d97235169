
from itertools import pairwise


def longest_rising_streak(values: list[int]) -> int:
    """Return the length of the longest stretch of adjacent elements in which every element is strictly greater than the one before it.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (int)
    """
    if not values:
        return 0
    best = current = 1
    for previous, value in pairwise(values):
        current = current + 1 if value > previous else 1
        best = max(best, current)
    return best
