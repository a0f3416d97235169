
import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")


def word_length_histogram(text: str) -> dict[str, int]:
    """Count the words of the text by length.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (map of int)
    """
    return dict(Counter(str(len(word)) for word in WORD.findall(text)))
