
from statistics import fmean


def mean_absolute_deviation(values: list[int]) -> float:
    """Return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.

    Args:
        values: the values (list of int) the description refers to as `values`

    Returns:
        the result described above (float)

    Raises:
        ValueError: when the list is empty
    """
    if not values:
        raise ValueError("values must not be empty")
    mean = fmean(values)
    return fmean(abs(value - mean) for value in values)
