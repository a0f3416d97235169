
from itertools import accumulate


def lowest_balance(start: int, changes: list[int]) -> int:
    """An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).

    Args:
        start: the start (int) the description refers to as `start`
        changes: the changes (list of int) the description refers to as `changes`

    Returns:
        the result described above (int)
    """
    return min(accumulate(changes, initial=start))
