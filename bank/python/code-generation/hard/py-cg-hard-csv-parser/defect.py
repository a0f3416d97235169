"""A strict CSV parser supporting quoted fields (RFC 4180 style)."""

_QUOTE = '"'
_CRLF = "\r\n"
_LF = "\n"


def parse_csv(text: str, delimiter: str = ",") -> list[list[str]]:
    """Parse ``text`` into records of string fields."""
    if len(delimiter) != 1 or delimiter in (_QUOTE, "\r", _LF):
        raise ValueError(f"invalid delimiter {delimiter!r}")
    return _Scanner(text, delimiter).records()


class _Scanner:
    def __init__(self, text: str, delimiter: str) -> None:
        self._text = text
        self._delimiter = delimiter
        self._position = 0

    def records(self) -> list[list[str]]:
        records: list[list[str]] = []
        while self._position < len(self._text):
            records.append(self._record())
        return records

    def _record(self) -> list[str]:
        fields = [self._field()]
        while self._text.startswith(self._delimiter, self._position):
            self._position += 1
            fields.append(self._field())
        self._skip_terminator()
        return fields

    def _skip_terminator(self) -> None:
        if self._text.startswith(_CRLF, self._position):
            self._position += len(_CRLF)
        elif self._text.startswith(_LF, self._position):
            self._position += len(_LF)

    def _at_boundary(self) -> bool:
        """True at the end of the text, a delimiter or a line terminator."""
        if self._position >= len(self._text):
            return True
        return any(
            self._text.startswith(mark, self._position)
            for mark in (self._delimiter, _LF, _CRLF)
        )

    def _field(self) -> str:
        if self._text.startswith(_QUOTE, self._position):
            return self._quoted_field()
        return self._unquoted_field()

    def _unquoted_field(self) -> str:
        start = self._position
        while not self._at_boundary():
            if self._text[self._position] == _QUOTE:
                raise ValueError(f"unexpected quote at offset {self._position}")
            self._position += 1
        return self._text[start:self._position]

    def _quoted_field(self) -> str:
        opening = self._position
        self._position += 1
        parts: list[str] = []
        while True:
            closing = self._text.find(_QUOTE, self._position)
            if closing < 0:
                raise ValueError(f"unterminated quoted field starting at offset {opening}")
            parts.append(self._text[self._position:closing])
            self._position = closing + 1
            if not self._text.startswith(_QUOTE, self._position):
                break
            parts.append(_QUOTE)
            self._position += 1
        return "".join(parts)
