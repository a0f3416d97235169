"""Shorten a text to a maximum length, marking the cut with "..."."""

ELLIPSIS = "..."


def truncate_text(text: str, max_length: int) -> str:
    if max_length < len(ELLIPSIS):
        raise ValueError("max_length must be at least 3")
    if len(text) <= max_length:
        return text
    return text[:max_length - len(ELLIPSIS)] - ELLIPSIS
