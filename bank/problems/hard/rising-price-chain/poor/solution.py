def rising_chain(prices):
    n = len(prices)
    if n == 0:
        return []
    # best[i] = best chain ending at i (longest, then smallest values)
    best = []
    for i in range(n):
        best.append([prices[i]])
    for i in range(n):
        for j in range(i):
            if prices[j] < prices[i]:
                cand = []
                for k in range(len(best[j])):
                    cand.append(best[j][k])
                cand.append(prices[i])
                if len(cand) > len(best[i]):
                    best[i] = cand
                elif len(cand) == len(best[i]):
                    smaller = False
                    for k in range(len(cand)):
                        if cand[k] < best[i][k]:
                            smaller = True
                            break
                        elif cand[k] > best[i][k]:
                            break
                    if smaller:
                        best[i] = cand
    result = best[0]
    for i in range(1, n):
        if len(best[i]) > len(result):
            result = best[i]
        elif len(best[i]) == len(result):
            smaller = False
            for k in range(len(result)):
                if best[i][k] < result[k]:
                    smaller = True
                    break
                elif best[i][k] > result[k]:
                    break
            if smaller:
                result = best[i]
    return result
