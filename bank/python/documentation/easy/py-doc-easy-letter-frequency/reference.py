
import string
from collections import Counter


def letter_frequency(text: str) -> dict[str, int]:
    """Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (map of int)
    """
    return dict(Counter(char.lower() for char in text if char in string.ascii_letters))
