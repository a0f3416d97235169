"""The change between two values as a percentage of the first one's size."""


def percent_change(old: float, new: float) -> float:
    if old == 0:
        raise ValueError("old must not be zero")
    return (new - old) / abs(old) * 100
