
import string

DIGIT_COUNTS = (3, 6)
HEX_DIGITS = frozenset(string.hexdigits)


def is_hex_color(text: str) -> bool:
    """Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (bool)
    """
    digits = text[1:]
    return (
        text.startswith("#")
        and len(digits) in DIGIT_COUNTS
        and all(char in HEX_DIGITS for char in digits)
    )
