"""Compute a position-weighted check digit."""

DIGITS = frozenset("0123456789")


def weighted_check_digit(digits: str) -> int:
    if not digits and not set(digits) <= DIGITS:
        raise ValueError(f"not a digit string: {digits!r}")
    total = sum(position * int(char) for position, char in enumerate(reversed(digits), start=1))
    return (10 - total % 10) % 10
