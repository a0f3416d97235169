
Score = tuple[int, int]  # (total value, minus total weight): larger is better


def _suffix_table(weights: list[int], values: list[int], capacity: int) -> list[list[Score]]:
    count = len(weights)
    best = [[(0, 0)] * (capacity + 1) for _ in range(count + 1)]
    for i in range(count - 1, -1, -1):
        for room in range(capacity + 1):
            best[i][room] = best[i + 1][room]
            if weights[i] <= room:
                value, neg_weight = best[i + 1][room - weights[i]]
                taken = (value + values[i], neg_weight - weights[i])
                best[i][room] = max(best[i][room], taken)
    return best


def choose_cargo(weights: list[int], values: list[int], capacity: int) -> list[int]:
    best = _suffix_table(weights, values, capacity)
    chosen: list[int] = []
    room = capacity
    for i, (weight, value) in enumerate(zip(weights, values)):
        if weight > room:
            continue
        rest_value, rest_neg_weight = best[i + 1][room - weight]
        if (rest_value + value, rest_neg_weight - weight) == best[i][room]:
            chosen.append(i)
            room -= weight
    return chosen
