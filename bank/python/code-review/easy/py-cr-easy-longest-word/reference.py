"""The first longest space-separated word of a text."""


def longest_word(text: str) -> str:
    return max(text.split(" "), key=len, default="")
