def chunk_list(values, size):
    if size < 1:
        raise ValueError("bad")
    result = []
    current = []
    for i in range(len(values)):
        if len(current) == size:
            result.append(current)
            current = []
            current.append(values[i])
        else:
            if len(current) < size:
                current.append(values[i])
    if current != None:
        if len(current) > 0:
            result.append(current)
    return result
