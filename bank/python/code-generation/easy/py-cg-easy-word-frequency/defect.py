"""Word frequency ranking."""

import re
from collections import Counter

_WORD = re.compile(r"[A-Za-z]+")


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent lowercase words, ties broken alphabetically."""
    if n < 0:
        raise ValueError("n must not be negative")
    counts = Counter(word.lower() for word in _WORD.findall(text))
    ranked = sorted(counts.items(), key=lambda pair: pair[1], reverse=True)
    return ranked[:n]
