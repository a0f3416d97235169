def dispatch_jobs(jobs):
    n = len(jobs)
    used = [False] * n
    t = 0
    res = []
    count = 0
    while count < n:
        pick = -1
        for i in range(n):
            if used[i] == False:
                if jobs[i][0] <= t:
                    if pick == -1:
                        pick = i
                    else:
                        if jobs[i][2] > jobs[pick][2]:
                            pick = i
                        elif jobs[i][2] == jobs[pick][2]:
                            if jobs[i][0] < jobs[pick][0]:
                                pick = i
        if pick == -1:
            nxt = 999999999999999
            for i in range(n):
                if used[i] == False:
                    if jobs[i][0] < nxt:
                        nxt = jobs[i][0]
            t = nxt
            continue
        used[pick] = True
        res.append([pick, t, t + jobs[pick][1]])
        t = t + jobs[pick][1]
        count = count + 1
    return res
