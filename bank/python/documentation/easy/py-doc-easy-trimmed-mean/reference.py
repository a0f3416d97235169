
MIN_VALUES = 3


def trimmed_mean(values: list[float]) -> float:
    """Return the arithmetic mean of the values after removing one occurrence of the smallest value and one occurrence of the largest value.

    Args:
        values: the values (list of float) the description refers to as `values`

    Returns:
        the result described above (float)

    Raises:
        ValueError: when there are fewer than three values
    """
    if len(values) < MIN_VALUES:
        raise ValueError(f"need at least {MIN_VALUES} values, got {len(values)}")
    kept = sum(values) - min(values) - max(values)
    return kept / (len(values) - 2)
