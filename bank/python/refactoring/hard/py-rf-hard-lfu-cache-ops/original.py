def lfu_simulate(capacity, ops):
    data = []  # each entry: [key, value, uses, last_time]
    out = []
    for i in range(len(ops)):
        p = ops[i].split(" ")
        if p[0] == "get":
            hit = -1
            for j in range(len(data)):
                if data[j][0] == p[1]:
                    hit = j
            if hit == -1:
                out.append(None)
            else:
                data[hit][2] = data[hit][2] + 1
                data[hit][3] = i
                out.append(data[hit][1])
        else:
            if capacity == 0:
                continue
            hit = -1
            for j in range(len(data)):
                if data[j][0] == p[1]:
                    hit = j
            if hit != -1:
                data[hit][1] = int(p[2])
                data[hit][2] = data[hit][2] + 1
                data[hit][3] = i
            else:
                if len(data) == capacity:
                    victim = 0
                    for j in range(1, len(data)):
                        if data[j][2] < data[victim][2]:
                            victim = j
                        elif data[j][2] == data[victim][2]:
                            if data[j][3] < data[victim][3]:
                                victim = j
                    del data[victim]
                data.append([p[1], int(p[2]), 1, i])
    return out
