
from itertools import pairwise


def sort_direction(values: list[int]) -> str:
    """Classify the order of a list of integers.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (string)
    """
    pairs = list(pairwise(values))
    if all(a == b for a, b in pairs):
        return "constant"
    if all(a <= b for a, b in pairs):
        return "ascending"
    if all(a >= b for a, b in pairs):
        return "descending"
    return "mixed"
