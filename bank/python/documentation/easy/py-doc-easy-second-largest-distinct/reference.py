

def second_largest_distinct(values: list[int]) -> int | None:
    """Return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (optional of int)
    """
    if not values:
        return None
    top = max(values)
    return max((value for value in values if value < top), default=None)
