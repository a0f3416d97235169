from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LFUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        raise NotImplementedError

    def get(self, key: K, default: V | None = None) -> V | None:
        raise NotImplementedError

    def peek(self, key: K, default: V | None = None) -> V | None:
        raise NotImplementedError

    def put(self, key: K, value: V) -> K | None:
        raise NotImplementedError

    def frequency(self, key: K) -> int:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        raise NotImplementedError
