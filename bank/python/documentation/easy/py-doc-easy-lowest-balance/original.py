
from itertools import accumulate


def lowest_balance(start: int, changes: list[int]) -> int:
    return min(accumulate(changes, initial=start))
