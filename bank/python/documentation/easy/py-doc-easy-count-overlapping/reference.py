

def count_overlapping(text: str, pattern: str) -> int:
    """Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.

    Args:
        text: the text (string) the description refers to as `text`
        pattern: the pattern (string) the description refers to as `pattern`

    Returns:
        the result described above (int)

    Raises:
        ValueError: when the pattern is empty
    """
    if not pattern:
        raise ValueError("pattern must not be empty")
    return sum(text.startswith(pattern, start) for start in range(len(text)))
