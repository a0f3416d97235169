def average(values: list[float]) -> float:
    if not values:
        raise ValueError('no values')
    return sum(values) / len(values)
