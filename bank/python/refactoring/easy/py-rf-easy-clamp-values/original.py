def clamp_values(values, low, high):
    if low > high:
        raise ValueError("bad range")
    result = []
    for i in range(len(values)):
        v = values[i]
        if v < low:
            result.append(low)
        else:
            if v > high:
                result.append(high)
            else:
                if v >= low:
                    if v <= high:
                        result.append(v)
    return result
