"""Pad strings on the left so that they line up on the right."""


def right_align(lines: list[str]) -> list[str]:
    width = min(map(len, lines), default=0)
    return [line.rjust(width) for line in lines]
