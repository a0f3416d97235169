def histogram_bins(values, width):
    if width < 1:
        raise ValueError("bad width")
    for i in range(len(values)):
        if values[i] < 0:
            raise ValueError("bad value")
    if len(values) == 0:
        return []
    biggest = values[0]
    for i in range(len(values)):
        if values[i] > biggest:
            biggest = values[i]
    counts = []
    k = 0
    while k * width <= biggest:
        total = 0
        for i in range(len(values)):
            if values[i] >= k * width:
                if values[i] <= (k + 1) * width - 1:
                    total = total + 1
        counts.append(total)
        k = k + 1
    return counts
