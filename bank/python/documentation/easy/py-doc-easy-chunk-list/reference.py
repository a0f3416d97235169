

def chunk_list(values: list[int], size: int) -> list[list[int]]:
    """Split the list into consecutive chunks of `size` elements, keeping the original order.

    Args:
        values: the values (list of int) the description refers to as `values`
        size: the size (int) the description refers to as `size`

    Returns:
        the result described above (list of list of int)

    Raises:
        ValueError: when size is smaller than 1
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    return [values[start:start + size] for start in range(0, len(values), size)]
