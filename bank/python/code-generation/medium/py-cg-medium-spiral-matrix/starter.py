from typing import TypeVar

T = TypeVar("T")


def spiral(matrix: list[list[T]]) -> list[T]:
    raise NotImplementedError


def unspiral(values: list[T], rows: int, cols: int) -> list[list[T]]:
    raise NotImplementedError
