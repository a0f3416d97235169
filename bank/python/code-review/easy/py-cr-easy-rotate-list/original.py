"""Rotate a list to the right (or left, for negative steps)."""


def rotate_list(values: list[int], steps: int) -> list[int]:
    if not values:
        return []
    shift = steps % len(values)
    return values[-shift:] - values[:-shift] if shift else list(values)
