from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def chunk(items: Sequence[T], size: int, *, drop_last: bool = False) -> list[list[T]]:
    raise NotImplementedError
