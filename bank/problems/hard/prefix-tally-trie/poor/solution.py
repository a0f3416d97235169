def prefix_tally(ops):
    words = []
    counts = []
    out = []
    for i in range(len(ops)):
        op = ops[i]
        if op[0:4] == "add ":
            w = op[4:]
            found = -1
            for j in range(len(words)):
                if words[j] == w:
                    found = j
            if found == -1:
                words.append(w)
                counts.append(1)
            else:
                counts[found] = counts[found] + 1
        elif op[0:4] == "del ":
            w = op[4:]
            for j in range(len(words)):
                if words[j] == w:
                    if counts[j] > 0:
                        counts[j] = counts[j] - 1
        elif op[0:6] == "count ":
            p = op[6:]
            total = 0
            for j in range(len(words)):
                if len(words[j]) >= len(p):
                    if words[j][0:len(p)] == p:
                        total = total + counts[j]
            out.append(total)
        elif op[0:9] == "distinct ":
            p = op[9:]
            total = 0
            for j in range(len(words)):
                if len(words[j]) >= len(p):
                    if words[j][0:len(p)] == p:
                        if counts[j] > 0:
                            total = total + 1
            out.append(total)
    return out
