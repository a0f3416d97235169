"""Splitting sequences into fixed-size chunks."""

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def chunk(items: Sequence[T], size: int, *, drop_last: bool = False) -> list[list[T]]:
    """Split ``items`` into lists of ``size`` elements; the last may be shorter."""
    if size < 1:
        raise ValueError("size must be at least 1")
    chunks = [list(items[start:start + size]) for start in range(0, len(items), size)]
    if drop_last and chunks and len(chunks[-1]) < size:
        chunks.pop()
    return chunks
