
import string

LETTERS = frozenset(string.ascii_letters)


def alternating_caps(text: str) -> str:
    result = []
    upper_next = True
    for char in text:
        if char in LETTERS:
            char = char.upper() if upper_next else char.lower()
            upper_next = not upper_next
        result.append(char)
    return "".join(result)
