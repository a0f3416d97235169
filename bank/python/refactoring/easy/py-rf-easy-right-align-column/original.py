def right_align(lines):
    longest = 0
    for i in range(len(lines)):
        if len(lines[i]) > longest:
            longest = len(lines[i])
    result = []
    for i in range(len(lines)):
        s = lines[i]
        if len(s) == longest:
            result.append(s)
        else:
            pad = ""
            for j in range(longest - len(s)):
                pad = pad + " "
            result.append(pad + s)
    return result
