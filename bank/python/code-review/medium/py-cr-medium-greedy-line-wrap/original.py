"""Greedy word wrapping; over-long words get a line of their own."""


def wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    length = 1  # length of the current line, spaces included
    for word in text.split(" "):
        if not word:
            continue
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
