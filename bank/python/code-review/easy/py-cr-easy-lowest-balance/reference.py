"""The lowest balance an account reaches while changes are applied to it."""

from itertools import accumulate


def lowest_balance(start: int, changes: list[int]) -> int:
    return min(accumulate(changes, initial=start))
