"""Split a list into consecutive chunks of a fixed size."""


def chunk_list(values: list[int], size: int) -> list[list[int]]:
    if size < 1:
        raise ValueError("size must be at least 1")
    return [values[start:start + size] for start in range(0, len(values), size)]
