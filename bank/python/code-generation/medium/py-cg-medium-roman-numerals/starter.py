def to_roman(number: int) -> str:
    raise NotImplementedError


def from_roman(numeral: str) -> int:
    raise NotImplementedError
