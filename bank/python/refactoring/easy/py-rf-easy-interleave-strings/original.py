def interleave_strings(first, second):
    out = ""
    if len(first) >= len(second):
        for i in range(len(second)):
            out = out + first[i]
            out = out + second[i]
        for i in range(len(second), len(first)):
            out = out + first[i]
    else:
        for i in range(len(first)):
            out = out + first[i]
            out = out + second[i]
        for i in range(len(first), len(second)):
            out = out + second[i]
    return out
