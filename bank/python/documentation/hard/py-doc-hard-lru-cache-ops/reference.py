
from collections import OrderedDict


def lru_simulate(capacity: int, ops: list[str]) -> list[int | None]:
    """Simulate a cache holding at most `capacity` keys (capacity >= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.

    Args:
        capacity: the capacity (int) the description refers to as `capacity`
        ops: the ops (list of string) the description refers to as `ops`

    Returns:
        the result described above (list of optional of int)
    """
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
