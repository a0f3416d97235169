"""Fragile links: bridges of an undirected graph (Tarjan low-link, iterative DFS)."""

from collections.abc import Iterator

# (node, id of the link used to reach it, links still to try)
Frame = tuple[int, int, Iterator[tuple[int, int]]]


def _adjacency(n: int, links: list[list[int]]) -> list[list[tuple[int, int]]]:
    neighbours: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for edge_id, (a, b) in enumerate(links):
        neighbours[a].append((b, edge_id))
        neighbours[b].append((a, edge_id))
    return neighbours


def _retreat(stack: list[Frame], order: list[int], low: list[int],
             bridges: list[list[int]]) -> None:
    """Leave the top node of the DFS stack and test the link that led to it."""
    node = stack.pop()[0]
    if not stack:
        return
    parent = stack[-1][0]
    low[parent] = min(low[parent], low[node])
    if low[node] > order[parent]:
        bridges.append(sorted([parent, node]))


def _explore(root: int, neighbours: list[list[tuple[int, int]]], order: list[int],
             low: list[int], bridges: list[list[int]], counter: int) -> int:
    """Depth-first search from root; returns the last discovery number used."""
    counter += 1
    order[root] = low[root] = counter
    stack: list[Frame] = [(root, -1, iter(neighbours[root]))]
    while stack:
        node, via, edges = stack[-1]
        step = next(edges, None)
        if step is None:
            _retreat(stack, order, low, bridges)
            continue
        other, edge_id = step
        if edge_id == via:
            continue
        if order[other] == 0:
            counter += 1
            order[other] = low[other] = counter
            stack.append((other, edge_id, iter(neighbours[other])))
        else:
            low[node] = min(low[node], order[other])
    return counter


def fragile_links(n: int, links: list[list[int]]) -> list[list[int]]:
    neighbours = _adjacency(n, links)
    order = [0] * n  # discovery number, 0 = not yet visited
    low = [0] * n
    bridges: list[list[int]] = []
    counter = 0
    for node in range(n):
        if order[node] == 0:
            counter = _explore(node, neighbours, order, low, bridges, counter)
    return sorted(bridges)
