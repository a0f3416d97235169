def run_length_list(values):
    result = []
    current = None
    count = 0
    if len(values) > 0:
        for i in range(len(values)):
            if current == None:
                current = values[i]
                count = 1
            else:
                if values[i] == current:
                    count = count + 1
                else:
                    if count > 0:
                        if current != None:
                            pair = []
                            pair.append(current)
                            pair.append(count)
                            result.append(pair)
                    current = values[i]
                    count = 1
        if current != None:
            if count > 0:
                pair = []
                pair.append(current)
                pair.append(count)
                result.append(pair)
    return result
