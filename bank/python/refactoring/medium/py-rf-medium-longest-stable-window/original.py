def longest_stable_window(readings, tolerance):
    if readings == None or len(readings) == 0:
        return 0
    best = 1
    for i in range(len(readings)):
        for j in range(i, len(readings)):
            mx = readings[i]
            mn = readings[i]
            for k in range(i, j + 1):
                if readings[k] > mx:
                    mx = readings[k]
            for k in range(i, j + 1):
                if readings[k] < mn:
                    mn = readings[k]
            if mx - mn <= tolerance:
                if j - i + 1 > best:
                    best = j - i + 1
                else:
                    if j - i + 1 == best:
                        best = best
            else:
                if mx - mn > tolerance:
                    break
    return best
