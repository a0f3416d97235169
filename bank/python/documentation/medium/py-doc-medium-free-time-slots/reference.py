

def free_slots(
    busy: list[list[int]], day_start: int, day_end: int, min_length: int
) -> list[list[int]]:
    """`busy` lists half-open time intervals [start, end) with start < end.

    Args:
        busy: the busy (list of list of int) the description refers to as `busy`
        day_start: the day start (int) the description refers to as `day_start`
        day_end: the day end (int) the description refers to as `day_end`
        min_length: the min length (int) the description refers to as `min_length`

    Returns:
        the result described above (list of list of int)
    """
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
