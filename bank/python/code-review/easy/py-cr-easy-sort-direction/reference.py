"""Classify a list as constant, ascending, descending or mixed."""

from itertools import pairwise


def sort_direction(values: list[int]) -> str:
    pairs = list(pairwise(values))
    if all(a == b for a, b in pairs):
        return "constant"
    if all(a <= b for a, b in pairs):
        return "ascending"
    if all(a >= b for a, b in pairs):
        return "descending"
    return "mixed"
