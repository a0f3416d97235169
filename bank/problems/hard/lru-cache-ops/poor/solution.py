def lru_simulate(capacity, ops):
    keys = []
    vals = []
    out = []
    for i in range(len(ops)):
        p = ops[i].split(" ")
        if p[0] == "get":
            idx = -1
            for j in range(len(keys)):
                if keys[j] == p[1]:
                    idx = j
            if idx == -1:
                out.append(None)
            else:
                k = keys[idx]
                v = vals[idx]
                del keys[idx]
                del vals[idx]
                keys.append(k)
                vals.append(v)
                out.append(v)
        if p[0] == "put":
            if capacity > 0:
                idx = -1
                for j in range(len(keys)):
                    if keys[j] == p[1]:
                        idx = j
                if idx != -1:
                    del keys[idx]
                    del vals[idx]
                keys.append(p[1])
                vals.append(int(p[2]))
                if len(keys) > capacity:
                    del keys[0]
                    del vals[0]
    return out
