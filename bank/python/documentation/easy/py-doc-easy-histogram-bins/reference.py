

def histogram_bins(values: list[int], width: int) -> list[int]:
    """Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.

    Args:
        values: the values (list of int) the description refers to as `values`
        width: the width (int) the description refers to as `width`

    Returns:
        the result described above (list of int)

    Raises:
        ValueError: when width is smaller than 1, or a value is negative
    """
    if width < 1:
        raise ValueError("width must be at least 1")
    if any(value < 0 for value in values):
        raise ValueError("values must not be negative")
    if not values:
        return []
    counts = [0] * (max(values) // width + 1)
    for value in values:
        counts[value // width] += 1
    return counts
