

def _reachable_totals(weights: list[int]) -> set[int]:
    totals = {0}
    for weight in weights:
        totals |= {total + weight for total in totals}
    return totals


def min_split_difference(weights: list[int]) -> int:
    """Put each of the non-negative integer `weights` (at most 20 of them) into exactly one of two groups; a group may be empty.

    Args:
        weights: the weights (list of int) the description refers to as `weights`

    Returns:
        the result described above (int)
    """
    grand_total = sum(weights)
    return min(abs(grand_total - 2 * total) for total in _reachable_totals(weights))
