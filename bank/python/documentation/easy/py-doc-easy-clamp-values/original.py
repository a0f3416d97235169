

def clamp_values(values: list[int], low: int, high: int) -> list[int]:
    if low > high:
        raise ValueError("low must not be greater than high")
    return [min(max(value, low), high) for value in values]
