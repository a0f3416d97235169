def count_sign_changes(values):
    count = 0
    last = None
    for i in range(len(values)):
        if values[i] != 0:
            if last == None:
                last = values[i]
            else:
                if last > 0:
                    if values[i] < 0:
                        count = count + 1
                else:
                    if last < 0:
                        if values[i] > 0:
                            count = count + 1
                last = values[i]
    return count
