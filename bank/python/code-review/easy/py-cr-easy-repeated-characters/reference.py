"""The characters of a text that occur more than once, in order of first occurrence."""

from collections import Counter


def repeated_characters(text: str) -> str:
    counts = Counter(text)
    return "".join(char for char in counts if counts[char] > 1)
