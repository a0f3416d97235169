"""A least-frequently-used cache with least-recently-used tie-breaking."""

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LFUCache(Generic[K, V]):
    """Bounded cache evicting the least frequently used key (LRU among equals), all O(1)."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("capacity must not be negative")
        self._capacity = capacity
        self._values: dict[K, V] = {}
        self._frequencies: dict[K, int] = {}
        self._buckets: dict[int, OrderedDict[K, None]] = {}
        self._min_frequency = 0

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def frequency(self, key: K) -> int:
        """Number of uses of ``key``; 0 if absent. Not itself a use."""
        return self._frequencies.get(key, 0)

    def peek(self, key: K, default: V | None = None) -> V | None:
        """Value of ``key`` without counting a use."""
        return self._values.get(key, default)

    def get(self, key: K, default: V | None = None) -> V | None:
        """Value of ``key``, counting a use; ``default`` if absent."""
        if key not in self._values:
            return default
        self._touch(key)
        return self._values[key]

    def put(self, key: K, value: V) -> K | None:
        """Store ``value`` under ``key``; return the evicted key, if any."""
        if self._capacity == 0:
            return None
        if key in self._values:
            self._values[key] = value
            self._touch(key)
            return None
        evicted = self._evict() if len(self._values) >= self._capacity else None
        self._values[key] = value
        self._frequencies[key] = 1
        self._buckets.setdefault(1, OrderedDict())[key] = None
        self._min_frequency = 1
        return evicted

    def _touch(self, key: K) -> None:
        """Move ``key`` from its frequency bucket to the next one, as most recent."""
        frequency = self._frequencies[key]
        bucket = self._buckets[frequency]
        del bucket[key]
        if not bucket:
            del self._buckets[frequency]
            if self._min_frequency == frequency:
                self._min_frequency = frequency + 1
        self._frequencies[key] = frequency + 1
        self._buckets.setdefault(frequency + 1, OrderedDict())[key] = None

    def _evict(self) -> K:
        """Remove the least recently used key of the lowest frequency."""
        bucket = self._buckets[self._min_frequency]
        key, _ = bucket.popitem(last=True)
        if not bucket:
            del self._buckets[self._min_frequency]
        del self._values[key]
        del self._frequencies[key]
        return key
