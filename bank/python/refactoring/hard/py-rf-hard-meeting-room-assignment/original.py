def assign_rooms(meetings):
    n = len(meetings)
    idx = []
    for i in range(n):
        idx.append(i)
    # bubble sort by start, then index
    for a in range(n):
        for b in range(n - 1 - a):
            i = idx[b]
            j = idx[b + 1]
            if meetings[i][0] > meetings[j][0] or (meetings[i][0] == meetings[j][0] and i > j):
                idx[b] = j
                idx[b + 1] = i
    room_end = []
    result = [0] * n
    for k in range(n):
        m = idx[k]
        placed = False
        if len(room_end) > 0:
            for r in range(len(room_end)):
                if placed == False:
                    if room_end[r] <= meetings[m][0]:
                        if r < len(room_end):
                            room_end[r] = meetings[m][1]
                            result[m] = r
                            placed = True
        if placed == False:
            room_end.append(meetings[m][1])
            result[m] = len(room_end) - 1
    return result
