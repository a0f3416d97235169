

def count_in_range(values: list[int], low: int, high: int) -> int:
    """Count the values that lie in the closed range [low, high], that is, the values v with low <= v <= high (both bounds included).

    Args:
        values: the values (list of int) the description refers to as `values`
        low: the low (int) the description refers to as `low`
        high: the high (int) the description refers to as `high`

    Returns:
        the result described above (int)
    """
    return sum(1 for value in values if low <= value <= high)
