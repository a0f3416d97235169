
QUOTE = '"'
SEPARATOR = ","


def _read_quoted(line: str, start: int) -> tuple[str, int]:
    parts: list[str] = []
    position = start + 1
    while True:
        closing = line.find(QUOTE, position)
        if closing == -1:
            raise ValueError("unterminated quoted field")
        parts.append(line[position:closing])
        if not line.startswith(QUOTE * 2, closing):
            return QUOTE.join(parts), closing + 1
        position = closing + 2


def _read_field(line: str, start: int) -> tuple[str, int]:
    if line.startswith(QUOTE, start):
        value, end = _read_quoted(line, start)
        if end < len(line) and line[end] != SEPARATOR:
            raise ValueError(f"unexpected character after closing quote at {end}")
        return value, end
    end = line.find(SEPARATOR, start)
    end = len(line) if end == -1 else end
    return line[start:end], end


def split_csv_line(line: str) -> list[str]:
    fields = []
    position = 0
    while True:
        value, position = _read_field(line, position)
        fields.append(value)
        if position >= len(line):
            return fields
        position += 1  # skip the separating comma
