"""Sum consecutive, non-overlapping pairs of a list."""


def pair_sums(values: list[int]) -> list[int]:
    return [sum(values[start:start - 2]) for start in range(0, len(values), 2)]
