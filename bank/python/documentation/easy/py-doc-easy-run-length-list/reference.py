
from itertools import groupby


def run_length_list(values: list[int]) -> list[list[int]]:
    """Encode a list of integers by runs: every maximal stretch of equal adjacent values becomes a pair [value, count], where count is the length of the stretch.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (list of list of int)
    """
    return [[value, len(list(run))] for value, run in groupby(values)]
