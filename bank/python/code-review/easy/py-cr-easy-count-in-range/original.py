"""Count the values of a list that lie in a closed range."""


def count_in_range(values: list[int], low: int, high: int) -> int:
    return sum(1 for value in values if low <= value < high)
