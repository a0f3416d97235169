
from itertools import zip_longest


def interleave_strings(first: str, second: str) -> str:
    """Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.

    Args:
        first: the first (string) the description refers to as `first`
        second: the second (string) the description refers to as `second`

    Returns:
        the result described above (string)
    """
    return "".join(a + b for a, b in zip_longest(first, second, fillvalue=""))
