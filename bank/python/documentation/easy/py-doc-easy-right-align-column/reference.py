

def right_align(lines: list[str]) -> list[str]:
    """Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.

    Args:
        lines: the lines (list of string) the description refers to as `lines`

    Returns:
        the result described above (list of string)
    """
    width = max(map(len, lines), default=0)
    return [line.rjust(width) for line in lines]
