"""Run-length encoding of strings."""

from itertools import groupby


def encode(text: str) -> str:
    """Encode ``text`` as runs: each character followed by its run length when above 1."""
    if any(char.isdigit() for char in text):
        raise ValueError("text must not contain digits")
    parts: list[str] = []
    for char, run in groupby(text):
        count = sum(1 for _ in run)
        parts.append(char if count <= 2 else f"{char}{count}")
    return "".join(parts)
