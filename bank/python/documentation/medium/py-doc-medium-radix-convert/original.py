
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
MIN_BASE, MAX_BASE = 2, 36


def _check_base(base: int) -> None:
    if not MIN_BASE <= base <= MAX_BASE:
        raise ValueError(f"base out of range: {base}")


def _parse(digits: str, base: int) -> int:
    if not digits:
        raise ValueError("no digits")
    value = 0
    for char in digits.lower():
        digit = DIGITS.find(char)
        if not 0 <= digit < base:
            raise ValueError(f"invalid digit {char!r} for base {base}")
        value = value * base + digit
    return value


def _format(value: int, base: int) -> str:
    digits = []
    while True:
        value, digit = divmod(value, base)
        digits.append(DIGITS[digit])
        if value == 0:
            return "".join(reversed(digits))


def convert_base(number: str, from_base: int, to_base: int) -> str:
    _check_base(from_base)
    _check_base(to_base)
    negative = number.startswith("-")
    magnitude = _parse(number[1:] if negative else number, from_base)
    sign = "-" if negative and magnitude else ""
    return sign + _format(magnitude, to_base)
