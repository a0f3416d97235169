
from collections import Counter


def covered_at_least(intervals: list[list[int]], k: int) -> int:
    delta: Counter[int] = Counter()
    for start, end in intervals:
        delta[start] += 1
        delta[end] -= 1
    total = 0
    depth = 0
    previous = None
    for point in sorted(delta):
        if previous is not None and depth >= k:
            total += point - previous
        depth += delta[point]
        previous = point
    return total
