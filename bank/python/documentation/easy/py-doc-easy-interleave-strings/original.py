
from itertools import zip_longest


def interleave_strings(first: str, second: str) -> str:
    return "".join(a + b for a, b in zip_longest(first, second, fillvalue=""))
