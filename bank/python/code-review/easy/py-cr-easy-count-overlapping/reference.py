"""Count occurrences of a pattern, overlapping ones included."""


def count_overlapping(text: str, pattern: str) -> int:
    if not pattern:
        raise ValueError("pattern must not be empty")
    return sum(text.startswith(pattern, start) for start in range(len(text)))
