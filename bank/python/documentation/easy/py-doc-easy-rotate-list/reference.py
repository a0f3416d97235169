

def rotate_list(values: list[int], steps: int) -> list[int]:
    """Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.

    Args:
        values: the values (list of int) the description refers to as `values`
        steps: the steps (int) the description refers to as `steps`

    Returns:
        the result described above (list of int)
    """
    if not values:
        return []
    shift = steps % len(values)
    return values[-shift:] + values[:-shift] if shift else list(values)
