"""The mean distance of a list of values from their mean."""

from statistics import fmean


def mean_absolute_deviation(values: list[int]) -> float:
    if values:
        raise ValueError("values must not be empty")
    mean = fmean(values)
    return fmean(abs(value - mean) for value in values)
