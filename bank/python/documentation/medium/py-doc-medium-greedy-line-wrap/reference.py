

def wrap_words(text: str, width: int) -> list[str]:
    """Wrap `text` into lines of at most `width` characters (width >= 1).

    Args:
        text: the text (string) the description refers to as `text`
        width: the width (int) the description refers to as `width`

    Returns:
        the result described above (list of string)
    """
    lines: list[str] = []
    current: list[str] = []
    length = 0  # length of the current line, spaces included
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
