def free_slots(busy, day_start, day_end, min_length):
    b = []
    for i in range(len(busy)):
        b.append([busy[i][0], busy[i][1]])
    for i in range(len(b)):
        for j in range(len(b) - 1 - i):
            if b[j][0] > b[j + 1][0]:
                t = b[j]
                b[j] = b[j + 1]
                b[j + 1] = t
    merged = []
    for i in range(len(b)):
        if len(merged) == 0:
            merged.append([b[i][0], b[i][1]])
        else:
            if b[i][0] <= merged[len(merged) - 1][1]:
                if b[i][1] > merged[len(merged) - 1][1]:
                    merged[len(merged) - 1][1] = b[i][1]
            else:
                merged.append([b[i][0], b[i][1]])
    result = []
    cur = day_start
    for i in range(len(merged)):
        s = merged[i][0]
        e = merged[i][1]
        if s > cur:
            if s < day_end:
                if s - cur >= min_length:
                    result.append([cur, s])
            else:
                if cur < day_end:
                    if day_end - cur >= min_length:
                        result.append([cur, day_end])
                cur = day_end
        if e > cur:
            cur = e
    if cur < day_end:
        if day_end - cur >= min_length:
            result.append([cur, day_end])
    return result
