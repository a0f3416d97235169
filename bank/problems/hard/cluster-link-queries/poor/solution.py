def cluster_queries(n, ops):
    label = []
    for i in range(n):
        label.append(i)
    out = []
    for k in range(len(ops)):
        parts = ops[k].split(" ")
        if parts[0] == "link":
            a = int(parts[1])
            b = int(parts[2])
            la = label[a]
            lb = label[b]
            if la != lb:
                for i in range(n):
                    if label[i] == lb:
                        label[i] = la
        elif parts[0] == "same":
            a = int(parts[1])
            b = int(parts[2])
            if label[a] == label[b]:
                out.append(1)
            else:
                out.append(0)
        elif parts[0] == "size":
            a = int(parts[1])
            c = 0
            for i in range(n):
                if label[i] == label[a]:
                    c = c + 1
            out.append(c)
        elif parts[0] == "count":
            seen = []
            for i in range(n):
                if label[i] not in seen:
                    seen.append(label[i])
            out.append(len(seen))
    return out
