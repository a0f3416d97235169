
from itertools import pairwise


def count_sign_changes(values: list[int]) -> int:
    """Count how many times the sign changes along the list.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (int)
    """
    signed = [value for value in values if value != 0]
    return sum(1 for left, right in pairwise(signed) if (left > 0) != (right > 0))
