def pair_sums(values):
    result = []
    if values != None:
        if len(values) > 0:
            for i in range(len(values)):
                if i % 2 == 0:
                    if i + 1 < len(values):
                        total = 0
                        total = total + values[i]
                        total = total + values[i + 1]
                        result.append(total)
                    else:
                        if i == len(values) - 1:
                            total = 0
                            total = total + values[i]
                            result.append(total)
    return result
