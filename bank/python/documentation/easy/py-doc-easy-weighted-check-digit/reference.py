
DIGITS = frozenset("0123456789")


def weighted_check_digit(digits: str) -> int:
    """Compute the check digit of a string of decimal digits.

    Args:
        digits: the digits (string) the description refers to as `digits`

    Returns:
        the result described above (int)

    Raises:
        ValueError: when the string is empty or holds a character other than 0 to 9
    """
    if not digits or not set(digits) <= DIGITS:
        raise ValueError(f"not a digit string: {digits!r}")
    total = sum(position * int(char) for position, char in enumerate(reversed(digits), start=1))
    return (10 - total % 10) % 10
