
from itertools import pairwise


def count_sign_changes(values: list[int]) -> int:
    signed = [value for value in values if value != 0]
    return sum(1 for left, right in pairwise(signed) if (left > 0) != (right > 0))
