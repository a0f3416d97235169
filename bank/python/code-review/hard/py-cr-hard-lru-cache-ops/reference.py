"""Least-recently-used cache simulated from a list of operations."""

from collections import OrderedDict


def lru_simulate(capacity: int, ops: list[str]) -> list[int | None]:
    cache: OrderedDict[str, int] = OrderedDict()
    results: list[int | None] = []
    for op in ops:
        command, key, *rest = op.split()
        if command == "get":
            if key in cache:
                cache.move_to_end(key)
            results.append(cache.get(key))
            continue
        if capacity == 0:
            continue
        cache[key] = int(rest[0])
        cache.move_to_end(key)
        if len(cache) > capacity:
            cache.popitem(last=False)
    return results
