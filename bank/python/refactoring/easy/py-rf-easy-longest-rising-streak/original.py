def longest_rising_streak(values):
    if len(values) == 0:
        return 0
    best = 1
    current = 1
    for i in range(len(values)):
        if i > 0:
            if values[i] > values[i - 1]:
                current = current + 1
                if current > best:
                    best = current
            else:
                if values[i] == values[i - 1]:
                    current = 1
                else:
                    if values[i] < values[i - 1]:
                        current = 1
    if current > best:
        best = current
    return best
