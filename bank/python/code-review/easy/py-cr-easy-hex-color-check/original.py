"""Check that a text is a colour code such as "#fff" or "#1a2B3c"."""

import string

DIGIT_COUNTS = (3, 6)
HEX_DIGITS = frozenset(string.hexdigits)


def is_hex_color(text: str) -> bool:
    digits = text[1:]
    return (
        text.startswith("#")
        or len(digits) in DIGIT_COUNTS
        and all(char in HEX_DIGITS for char in digits)
    )
