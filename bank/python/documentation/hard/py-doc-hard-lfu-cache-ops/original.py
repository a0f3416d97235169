
from collections import OrderedDict, defaultdict


class _LfuCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[str, int] = {}
        self.uses: dict[str, int] = {}
        self.by_uses: defaultdict[int, OrderedDict[str, None]] = defaultdict(OrderedDict)
        self.fewest = 0

    def _touch(self, key: str) -> None:
        count = self.uses[key]
        del self.by_uses[count][key]
        if not self.by_uses[count]:
            del self.by_uses[count]
            if self.fewest == count:
                self.fewest = count + 1
        self.uses[key] = count + 1
        self.by_uses[count + 1][key] = None

    def get(self, key: str) -> int | None:
        if key not in self.values:
            return None
        self._touch(key)
        return self.values[key]

    def put(self, key: str, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return
        if len(self.values) == self.capacity:
            victim, _ = self.by_uses[self.fewest].popitem(last=False)
            if not self.by_uses[self.fewest]:
                del self.by_uses[self.fewest]
            del self.values[victim], self.uses[victim]
        self.values[key] = value
        self.uses[key] = 1
        self.by_uses[1][key] = None
        self.fewest = 1


def lfu_simulate(capacity: int, ops: list[str]) -> list[int | None]:
    cache = _LfuCache(capacity)
    results: list[int | None] = []
    for op in ops:
        command, key, *rest = op.split()
        if command == "get":
            results.append(cache.get(key))
        else:
            cache.put(key, int(rest[0]))
    return results
