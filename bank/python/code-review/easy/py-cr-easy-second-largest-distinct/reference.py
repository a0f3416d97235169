"""Second largest distinct value of a list."""


def second_largest_distinct(values: list[int]) -> int | None:
    if not values:
        return None
    top = max(values)
    return max((value for value in values if value < top), default=None)
