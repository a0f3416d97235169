
import string

ALPHABET_SIZE = 26


def _shift_char(char: str, shift: int) -> str:
    for alphabet in (string.ascii_lowercase, string.ascii_uppercase):
        if char in alphabet:
            return alphabet[(alphabet.index(char) + shift) % ALPHABET_SIZE]
    return char


def caesar_shift(text: str, shift: int) -> str:
    """Move every ASCII letter of the text `shift` places forward in the alphabet, wrapping around from "z" back to "a" (and from "Z" back to "A").

    Args:
        text: the text (string) the description refers to as `text`
        shift: the shift (int) the description refers to as `shift`

    Returns:
        the result described above (string)
    """
    return "".join(_shift_char(char, shift) for char in text)
