
from math import comb


def _count_below(limit: int, ones: int) -> int:
    total = 0
    seen = 0
    for bit in range(limit.bit_length() - 1, -1, -1):
        if limit >> bit & 1:
            if ones - seen >= 0:
                total += comb(bit, ones - seen)
            seen += 1
    return total


def count_with_bits(lo: int, hi: int, k: int) -> int:
    """Count the integers x with lo <= x <= hi whose binary representation contains exactly k one-bits.

    Args:
        lo: the lo (int) the description refers to as `lo`
        hi: the hi (int) the description refers to as `hi`
        k: the k (int) the description refers to as `k`

    Returns:
        the result described above (int)
    """
    return _count_below(hi + 1, k) - _count_below(lo, k)
