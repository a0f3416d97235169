"""Length of the longest strictly increasing run of adjacent elements."""

from itertools import pairwise


def longest_rising_streak(values: list[int]) -> int:
    if not values:
        return 0
    best = current = 1
    for previous, value in pairwise(values):
        current = current + 1 if value > previous else 1
        best = max(best, current)
    return best
