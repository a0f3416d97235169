"""Expand patterns such as "(ab)*2c" where *N repeats the preceding letter or group."""


def _read_count(pattern: str, start: int) -> tuple[int, int]:
    """Read the digits starting at start; return the count and the index after them."""
    end = start
    while end < len(pattern) and pattern[end].isdigit():
        end += 1
    return int(pattern[start:end]), end


def expand_pattern(pattern: str) -> str:
    groups: list[list[str]] = [[]]  # one list of expanded items per open group
    position = 0
    while position < len(pattern):
        char = pattern[position]
        position += 1
        if char == "(":
            groups.append([])
        elif char == ")":
            content = "".join(groups.pop())
            groups[-1].append(content)
        elif char == "*":
            count, position = _read_count(pattern, position)
            groups[-1][-1] *= count
        else:
            groups[-1].append(char)
    return "".join(groups[0])
