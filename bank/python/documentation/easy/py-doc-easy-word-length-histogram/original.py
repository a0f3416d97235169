
import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")


def word_length_histogram(text: str) -> dict[str, int]:
    return dict(Counter(str(len(word)) for word in WORD.findall(text)))
