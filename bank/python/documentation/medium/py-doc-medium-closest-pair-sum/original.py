
from bisect import bisect_left

PairKey = tuple[int, int, int]  # (distance to target, sum, smaller element)


def _best_partner_key(ordered: list[int], index: int, target: int) -> PairKey:
    a = ordered[index]
    split = bisect_left(ordered, target - a, index + 1)
    candidates = [ordered[i] for i in (split - 1, split) if index < i < len(ordered)]
    return min((abs(a + b - target), a + b, a) for b in candidates)


def closest_pair_sum(values: list[int], target: int) -> list[int]:
    if len(values) < 2:
        return []
    ordered = sorted(values)
    _, total, a = min(_best_partner_key(ordered, i, target) for i in range(len(ordered) - 1))
    return [a, total - a]
