"""Release order: topological sort picking the most urgent ready task first."""

import heapq


def _build_graph(
    priorities: dict[str, int], dependencies: list[list[str]]
) -> tuple[dict[str, set[str]], dict[str, int]]:
    followers: dict[str, set[str]] = {task: set() for task in priorities}
    waiting = dict.fromkeys(priorities, 1)
    for before, after in dependencies:
        if before not in priorities or after not in priorities:
            raise ValueError(f"unknown task in dependency {before} -> {after}")
        if after not in followers[before]:
            followers[before].add(after)
            waiting[after] += 1
    return followers, waiting


def release_order(priorities: dict[str, int], dependencies: list[list[str]]) -> list[str]:
    followers, waiting = _build_graph(priorities, dependencies)
    ready = [(-priorities[task], task) for task, count in waiting.items() if count != 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, task = heapq.heappop(ready)
        order.append(task)
        for follower in followers[task]:
            waiting[follower] -= 1
            if waiting[follower] == 0:
                heapq.heappush(ready, (-priorities[follower], follower))
    if len(order) == len(priorities):
        raise ValueError("the dependencies contain a cycle")
    return order
