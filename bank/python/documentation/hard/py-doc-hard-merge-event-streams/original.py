
import heapq


def _parse(entry: str) -> tuple[int, str]:
    time, event = entry.split(" ", 1)
    return int(time), event


def merge_streams(streams: list[list[str]]) -> list[str]:
    parsed = [[_parse(entry) for entry in stream] for stream in streams]
    heap = [(stream[0][0], index, 0) for index, stream in enumerate(parsed) if stream]
    heapq.heapify(heap)
    merged: list[str] = []
    while heap:
        _, index, position = heapq.heappop(heap)
        stream = parsed[index]
        merged.append(f"{index}:{stream[position][1]}")
        if position + 1 < len(stream):
            heapq.heappush(heap, (stream[position + 1][0], index, position + 1))
    return merged
