def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    raise NotImplementedError


def covered_length(intervals: list[tuple[int, int]]) -> int:
    raise NotImplementedError
