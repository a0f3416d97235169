def compress_ranges(values):
    v = []
    for i in range(len(values)):
        found = False
        for j in range(len(v)):
            if v[j] == values[i]:
                found = True
        if found == False:
            v.append(values[i])
    for i in range(len(v)):
        for j in range(len(v) - 1):
            if v[j] > v[j + 1]:
                t = v[j]
                v[j] = v[j + 1]
                v[j + 1] = t
    out = ""
    i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[j + 1] == v[j] + 1:
            j = j + 1
        if j - i + 1 >= 3:
            if out != "":
                out = out + ","
            out = out + str(v[i]) + ".." + str(v[j])
        else:
            for k in range(i, j + 1):
                if out != "":
                    out = out + ","
                out = out + str(v[k])
        i = j + 1
    return out
