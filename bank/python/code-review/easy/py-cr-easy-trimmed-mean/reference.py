"""Mean of a list without one smallest and one largest value."""

MIN_VALUES = 3


def trimmed_mean(values: list[float]) -> float:
    if len(values) < MIN_VALUES:
        raise ValueError(f"need at least {MIN_VALUES} values, got {len(values)}")
    kept = sum(values) - min(values) - max(values)
    return kept / (len(values) - 2)
