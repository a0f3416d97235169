"""Minimum raggedness of a paragraph: line-breaking dynamic programming."""


def _line_length(words: list[str], first: int, last: int) -> int:
    """Length of words[first..last] joined by single spaces."""
    return sum(len(word) for word in words[first:last + 1]) + (last - first)


def break_cost(words: list[str], width: int) -> int:
    for word in words:
        if len(word) > width:
            raise ValueError(f"word {word!r} does not fit in width {width}")
    count = len(words)
    best = [0] * (count + 1)  # best[i]: cheapest layout of words[i:]
    for first in range(count - 1, -1, -1):
        options = []
        for last in range(first, count):
            length = _line_length(words, first, last)
            if length > width:
                break
            line_cost = 0 if last == count - 1 else (width - length) ** 2
            options.append(line_cost + best[last + 1])
        best[first] = min(options)
    return best[0]
