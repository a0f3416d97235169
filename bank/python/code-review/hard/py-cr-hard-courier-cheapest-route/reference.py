"""Cheapest courier route: Dijkstra with a lexicographic tie-break."""

import heapq

Adjacency = list[list[tuple[int, int]]]


def _validate(n: int, edges: list[list[int]], source: int, target: int) -> None:
    if n < 1:
        raise ValueError("there must be at least one depot")
    for node in (source, target):
        if not 0 <= node < n:
            raise ValueError(f"depot {node} out of range")
    for edge in edges:
        if len(edge) != 3:
            raise ValueError(f"malformed edge {edge}")
        start, end, minutes = edge
        if not (0 <= start < n and 0 <= end < n):
            raise ValueError(f"edge {edge} uses an unknown depot")
        if minutes < 1:
            raise ValueError(f"edge {edge} has a non-positive travel time")


def _distances_to(target: int, incoming: Adjacency) -> list[int | None]:
    """Shortest travel time from every depot to the target (None when unreachable)."""
    dist: list[int | None] = [None] * len(incoming)
    dist[target] = 0
    heap = [(0, target)]
    while heap:
        cost, node = heapq.heappop(heap)
        if cost != dist[node]:
            continue
        for previous, minutes in incoming[node]:
            candidate = cost + minutes
            known = dist[previous]
            if known is None or candidate < known:
                dist[previous] = candidate
                heapq.heappush(heap, (candidate, previous))
    return dist


def cheapest_route(n: int, edges: list[list[int]], source: int, target: int) -> list[int]:
    _validate(n, edges, source, target)
    outgoing: Adjacency = [[] for _ in range(n)]
    incoming: Adjacency = [[] for _ in range(n)]
    for start, end, minutes in edges:
        outgoing[start].append((end, minutes))
        incoming[end].append((start, minutes))
    dist = _distances_to(target, incoming)
    if dist[source] is None:
        return []
    route = [source]
    node = source
    while node != target:
        node = min(
            nxt for nxt, minutes in outgoing[node]
            if dist[nxt] is not None and dist[nxt] + minutes == dist[node]
        )
        route.append(node)
    return route
