"""Count integers in a range with a given number of set bits (combinatorics on bits)."""

from math import comb


def _count_below(limit: int, ones: int) -> int:
    """How many x in [0, limit) have exactly `ones` set bits."""
    total = 0
    seen = 0
    for bit in range(limit.bit_length() - 1, -1, -1):
        if limit >> bit & 1:
            if ones - seen >= 0:
                total += comb(bit, ones - seen)
            seen += 1
    return total


def count_with_bits(lo: int, hi: int, k: int) -> int:
    return _count_below(hi + 1, k) - _count_below(lo, k)
