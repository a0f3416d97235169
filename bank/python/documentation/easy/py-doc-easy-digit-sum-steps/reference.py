

def _digit_sum(number: int) -> int:
    return sum(int(char) for char in str(number))


def digit_sum_steps(n: int) -> int:
    """Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.

    Args:
        n: the n (int) the description refers to as `n`

    Returns:
        the result described above (int)
    """
    number = abs(n)
    steps = 0
    while number >= 10:
        number = _digit_sum(number)
        steps += 1
    return steps
