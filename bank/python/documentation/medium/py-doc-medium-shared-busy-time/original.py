

def _merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def shared_busy_time(first: list[list[int]], second: list[list[int]]) -> int:
    a, b = _merge(first), _merge(second)
    i = j = total = 0
    while i < len(a) and j < len(b):
        overlap = min(a[i][1], b[j][1]) - max(a[i][0], b[j][0])
        total += max(overlap, 0)
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total
