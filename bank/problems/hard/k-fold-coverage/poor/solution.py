def covered_at_least(intervals, k):
    pts = []
    for i in range(len(intervals)):
        found = False
        for j in range(len(pts)):
            if pts[j] == intervals[i][0]:
                found = True
        if found == False:
            pts.append(intervals[i][0])
        found = False
        for j in range(len(pts)):
            if pts[j] == intervals[i][1]:
                found = True
        if found == False:
            pts.append(intervals[i][1])
    for i in range(len(pts)):
        for j in range(len(pts) - 1):
            if pts[j] > pts[j + 1]:
                tmp = pts[j]
                pts[j] = pts[j + 1]
                pts[j + 1] = tmp
    total = 0
    for i in range(len(pts) - 1):
        a = pts[i]
        b = pts[i + 1]
        c = 0
        for j in range(len(intervals)):
            if intervals[j][0] <= a:
                if intervals[j][1] >= b:
                    c = c + 1
                    if c >= k:
                        if c == k:
                            total = total + (b - a)
    return total
