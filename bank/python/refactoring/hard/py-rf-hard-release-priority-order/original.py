def release_order(priorities, dependencies):
    names = list(priorities.keys())
    deps = []
    for i in range(len(dependencies)):
        d = dependencies[i]
        if d[0] in priorities:
            if d[1] in priorities:
                found = False
                for j in range(len(deps)):
                    if deps[j][0] == d[0] and deps[j][1] == d[1]:
                        found = True
                if found == False:
                    deps.append([d[0], d[1]])
            else:
                raise ValueError("bad")
        else:
            raise ValueError("bad")
    result = []
    done = {}
    for i in range(len(names)):
        done[names[i]] = 0
    while len(result) < len(names):
        best = None
        for i in range(len(names)):
            t = names[i]
            if done[t] == 0:
                ok = True
                for j in range(len(deps)):
                    if deps[j][1] == t:
                        if done[deps[j][0]] == 0:
                            ok = False
                if ok == True:
                    if best == None:
                        best = t
                    else:
                        if priorities[t] > priorities[best]:
                            best = t
                        elif priorities[t] == priorities[best]:
                            if t < best:
                                best = t
        if best == None:
            raise ValueError("cycle")
        done[best] = 1
        result.append(best)
    return result
