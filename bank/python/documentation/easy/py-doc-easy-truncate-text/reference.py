
ELLIPSIS = "..."


def truncate_text(text: str, max_length: int) -> str:
    """Shorten the text so that it has at most `max_length` characters.

    Args:
        text: the text (string) the description refers to as `text`
        max_length: the max length (int) the description refers to as `max_length`

    Returns:
        the result described above (string)

    Raises:
        ValueError: when max_length is smaller than 3
    """
    if max_length < len(ELLIPSIS):
        raise ValueError("max_length must be at least 3")
    if len(text) <= max_length:
        return text
    return text[:max_length - len(ELLIPSIS)] + ELLIPSIS
