"""Free slots of a day given unsorted, possibly overlapping busy intervals."""


def free_slots(
    busy: list[list[int]], day_start: int, day_end: int, min_length: int
) -> list[list[int]]:
    slots = []
    cursor = day_start  # everything before cursor is busy or already reported
    for start, end in sorted(busy):
        if start > cursor:
            slots.append([cursor, min(start, day_end)])
        cursor = max(cursor, end)
        if cursor >= day_end:
            break
    if cursor < day_end:
        slots.append([cursor, day_end])
    return [[start, end] for start, end in slots if end - start >= min_length]
