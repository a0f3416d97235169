
VOWELS = frozenset("aeiouAEIOU")


def vowels_per_word(text: str) -> list[int]:
    """Split the text into words and count the vowels in each one.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (list of int)
    """
    words = [word for word in text.split(" ") if word]
    return [sum(char in VOWELS for char in word) for word in words]
