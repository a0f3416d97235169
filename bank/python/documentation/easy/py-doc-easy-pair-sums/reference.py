

def pair_sums(values: list[int]) -> list[int]:
    """Group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (list of int)
    """
    return [sum(values[start:start + 2]) for start in range(0, len(values), 2)]
