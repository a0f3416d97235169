"""Assign meetings to the lowest-numbered free room using two heaps."""

import heapq


def assign_rooms(meetings: list[list[int]]) -> list[int]:
    order = sorted(range(len(meetings)), key=lambda index: (meetings[index][1], index))
    free_rooms: list[int] = []
    busy: list[tuple[int, int]] = []  # (end time, room)
    rooms = [0] * len(meetings)
    opened = 0
    for index in order:
        start, end = meetings[index]
        while busy and busy[0][0] < start:
            heapq.heappush(free_rooms, heapq.heappop(busy)[1])
        if free_rooms:
            room = heapq.heappop(free_rooms)
        else:
            room = opened
            opened += 1
        rooms[index] = room
        heapq.heappush(busy, (end, room))
    return rooms
