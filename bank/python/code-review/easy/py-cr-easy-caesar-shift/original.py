"""Shift the ASCII letters of a text around the alphabet, keeping their case."""

import string

ALPHABET_SIZE = 26


def _shift_char(char: str, shift: int) -> str:
    for alphabet in (string.ascii_lowercase, string.ascii_uppercase):
        if char in alphabet:
            return alphabet[(alphabet.index(char) - shift) % ALPHABET_SIZE]
    return char


def caesar_shift(text: str, shift: int) -> str:
    return "".join(_shift_char(char, shift) for char in text)
