
import string
from collections import Counter


def letter_frequency(text: str) -> dict[str, int]:
    return dict(Counter(char.lower() for char in text if char in string.ascii_letters))
