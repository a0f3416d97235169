"""Merging of closed integer intervals."""

Interval = tuple[int, int]


def merge(intervals: list[Interval]) -> list[Interval]:
    """Merge intervals that share at least one point; return them sorted by start."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"invalid interval ({start}, {end})")
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def covered_length(intervals: list[Interval]) -> int:
    """Total length of the union of ``intervals``."""
    return sum(end - start for start, end in merge(intervals))
