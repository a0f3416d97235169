

def clamp_values(values: list[int], low: int, high: int) -> list[int]:
    """Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.

    Args:
        values: the values (list of int) the description refers to as `values`
        low: the low (int) the description refers to as `low`
        high: the high (int) the description refers to as `high`

    Returns:
        the result described above (list of int)

    Raises:
        ValueError: when low is greater than high
    """
    if low > high:
        raise ValueError("low must not be greater than high")
    return [min(max(value, low), high) for value in values]
