"""Longest run of consecutive readings whose spread (max - min) stays within a tolerance."""

from collections import deque


def _push(window: deque[int], readings: list[int], index: int, keep_larger: bool) -> None:
    """Append index, dropping indices whose value can no longer be the window's extreme."""
    value = readings[index]
    while window and (readings[window[-1]] <= value) == keep_larger:
        window.pop()
    window.append(index)


def longest_stable_window(readings: list[int], tolerance: int) -> int:
    highs: deque[int] = deque()  # indices with decreasing values: front is the window maximum
    lows: deque[int] = deque()  # indices with increasing values: front is the window minimum
    start = 0
    best = 0
    for end in range(len(readings)):
        _push(highs, readings, end, keep_larger=True)
        _push(lows, readings, end, keep_larger=False)
        while readings[highs[0]] - readings[lows[0]] > tolerance:
            start += 1
            if highs[0] < start:
                highs.popleft()
            if lows[0] < start:
                lows.popleft()
        best = max(best, end - start + 1)
    return best
