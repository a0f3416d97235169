

def _digit_sum(number: int) -> int:
    return sum(int(char) for char in str(number))


def digit_sum_steps(n: int) -> int:
    number = abs(n)
    steps = 0
    while number >= 10:
        number = _digit_sum(number)
        steps += 1
    return steps
