"""Deterministic topological ordering of dependency graphs (Kahn's algorithm)."""

import heapq


class CycleError(ValueError):
    """Raised when a dependency graph has a cycle; ``nodes`` are the unorderable nodes."""

    def __init__(self, nodes: list[str]) -> None:
        super().__init__(f"dependency cycle involving: {', '.join(nodes)}")
        self.nodes = nodes


Dependents = dict[str, set[str]]
PendingCounts = dict[str, int]


def topological_order(graph: dict[str, list[str]]) -> list[str]:
    """Order all nodes dependencies-first, always taking the smallest ready node."""
    dependents, pending = _index(graph)
    ready = [node for node, count in pending.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for released in _release(node, dependents, pending):
            heapq.heappush(ready, released)
    _check_complete(pending)
    return order


def layers(graph: dict[str, list[str]]) -> list[list[str]]:
    """Group nodes into levels: each level depends only on earlier ones."""
    dependents, pending = _index(graph)
    current = sorted(node for node, count in pending.items() if count == 0)
    result: list[list[str]] = []
    while current:
        result.append(current)
        following: list[str] = []
        for node in current:
            following.extend(_release(node, dependents, pending))
        current = sorted(following)
    _check_complete(pending)
    return result


def _index(graph: dict[str, list[str]]) -> tuple[Dependents, PendingCounts]:
    """Map each node to its dependents and to its number of distinct dependencies."""
    dependents: Dependents = {}
    pending: PendingCounts = {}
    for node, dependencies in graph.items():
        unique = set(dependencies)
        pending[node] = len(unique)
        dependents.setdefault(node, set())
        for dependency in unique:
            dependents.setdefault(dependency, set()).add(node)
            pending.setdefault(dependency, 0)
    return dependents, pending


def _release(node: str, dependents: Dependents, pending: PendingCounts) -> list[str]:
    """Mark ``node`` as placed; return the dependents that became ready."""
    released: list[str] = []
    for dependent in dependents[node]:
        pending[dependent] -= 1
        if pending[dependent] == 0:
            released.append(dependent)
    return released


def _check_complete(pending: PendingCounts) -> None:
    stuck = sorted(node for node, count in pending.items() if count > 0)
    if stuck:
        raise CycleError(stuck)
