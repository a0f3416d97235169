"""Clockwise spiral traversal of rectangular matrices."""

from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")


def spiral(matrix: list[list[T]]) -> list[T]:
    """Return the elements of ``matrix`` in clockwise spiral order from the top-left."""
    rows = len(matrix)
    cols = len(matrix[0]) if matrix else 0
    if any(len(row) != cols for row in matrix):
        raise ValueError("matrix rows must all have the same length")
    return [matrix[row][col] for row, col in _spiral_cells(rows, cols)]


def unspiral(values: list[T], rows: int, cols: int) -> list[list[T]]:
    """Build a ``rows`` x ``cols`` matrix whose spiral order is ``values``."""
    if rows < 0 or cols < 0 or len(values) != rows * cols:
        raise ValueError("values do not fit a matrix of the requested shape")
    position = {cell: index for index, cell in enumerate(_spiral_cells(rows, cols))}
    return [[values[position[(row, col)]] for col in range(cols)] for row in range(rows)]


def _spiral_cells(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    """Yield the (row, col) cells of a ``rows`` x ``cols`` grid in spiral order."""
    top, bottom, left, right = 0, rows - 1, 0, cols - 1
    while top <= bottom and left <= right:
        for col in range(left, right + 1):
            yield top, col
        for row in range(top + 1, bottom + 1):
            yield row, right
        if top < bottom:
            for col in range(right - 1, left - 1, -1):
                yield bottom, col
        if left < right:
            for row in range(bottom - 1, top, -1):
                yield row, left
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
