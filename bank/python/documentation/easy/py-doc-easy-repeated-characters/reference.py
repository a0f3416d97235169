
from collections import Counter


def repeated_characters(text: str) -> str:
    """Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (string)
    """
    counts = Counter(text)
    return "".join(char for char in counts if counts[char] > 1)
