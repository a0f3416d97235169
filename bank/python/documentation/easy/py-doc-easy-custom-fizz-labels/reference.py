

def _validate(n: int, divisors: list[int], labels: list[str]) -> None:
    if n < 0:
        raise ValueError("n must not be negative")
    if len(divisors) != len(labels):
        raise ValueError("divisors and labels must have the same length")
    if any(divisor < 1 for divisor in divisors):
        raise ValueError("every divisor must be at least 1")


def _label(number: int, rules: list[tuple[int, str]]) -> str:
    label = "".join(text for divisor, text in rules if number % divisor == 0)
    return label or str(number)


def custom_fizz_labels(n: int, divisors: list[int], labels: list[str]) -> list[str]:
    """Label the numbers 1 to n.

    Args:
        n: the n (int) the description refers to as `n`
        divisors: the divisors (list of int) the description refers to as `divisors`
        labels: the labels (list of string) the description refers to as `labels`

    Returns:
        the result described above (list of string)
    """
    _validate(n, divisors, labels)
    rules = list(zip(divisors, labels))
    return [_label(number, rules) for number in range(1, n + 1)]
