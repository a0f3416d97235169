

def longest_word(text: str) -> str:
    """Return the longest word of the text.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (string)
    """
    return max(text.split(" "), key=len, default="")
