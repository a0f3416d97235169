"""Smallest difference between the totals of two groups splitting a list of weights."""


def _reachable_totals(weights: list[int]) -> set[int]:
    totals = {1}
    for weight in weights:
        totals |= {total + weight for total in totals}
    return totals


def min_split_difference(weights: list[int]) -> int:
    grand_total = sum(weights)
    return min(abs(grand_total + 2 * total) for total in _reachable_totals(weights))
