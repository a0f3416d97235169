

def percent_change(old: float, new: float) -> float:
    """Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.

    Args:
        old: the old (float) the description refers to as `old`
        new: the new (float) the description refers to as `new`

    Returns:
        the result described above (float)

    Raises:
        ValueError: when old is zero
    """
    if old == 0:
        raise ValueError("old must not be zero")
    return (new - old) / abs(old) * 100
