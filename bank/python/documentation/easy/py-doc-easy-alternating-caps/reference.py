
import string

LETTERS = frozenset(string.ascii_letters)


def alternating_caps(text: str) -> str:
    """Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (string)
    """
    result = []
    upper_next = True
    for char in text:
        if char in LETTERS:
            char = char.upper() if upper_next else char.lower()
            upper_next = not upper_next
        result.append(char)
    return "".join(result)
