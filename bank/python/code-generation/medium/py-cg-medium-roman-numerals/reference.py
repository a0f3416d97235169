"""Conversion between integers and canonical Roman numerals."""

_SYMBOLS: list[tuple[int, str]] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
_LETTERS: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_MIN, _MAX = 1, 3999


def to_roman(number: int) -> str:
    """Return the canonical Roman numeral for ``number`` (1..3999)."""
    if not _MIN <= number <= _MAX:
        raise ValueError(f"{number} is outside {_MIN}..{_MAX}")
    parts: list[str] = []
    for value, symbol in _SYMBOLS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(numeral: str) -> int:
    """Parse a canonical Roman numeral; reject anything ``to_roman`` would not produce."""
    values = [_letter_value(letter) for letter in numeral]
    total = 0
    for index, value in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else 0
        total += -value if value < following else value
    if not _MIN <= total <= _MAX or to_roman(total) != numeral:
        raise ValueError(f"{numeral!r} is not a canonical Roman numeral")
    return total


def _letter_value(letter: str) -> int:
    value = _LETTERS.get(letter)
    if value is None:
        raise ValueError(f"invalid Roman numeral letter {letter!r}")
    return value
