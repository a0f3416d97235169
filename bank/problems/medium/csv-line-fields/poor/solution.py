def split_csv_line(line):
    result = []
    i = 0
    n = len(line)
    while True:
        if i < n and line[i] == '"':
            i = i + 1
            val = ""
            closed = False
            while i < n:
                if line[i] == '"':
                    if i + 1 < n:
                        if line[i + 1] == '"':
                            val = val + '"'
                            i = i + 2
                            continue
                        else:
                            closed = True
                            i = i + 1
                            break
                    else:
                        closed = True
                        i = i + 1
                        break
                else:
                    val = val + line[i]
                    i = i + 1
            if closed == False:
                raise ValueError("not closed")
            if i < n:
                if line[i] != ",":
                    raise ValueError("junk after quote")
            result.append(val)
            if i >= n:
                break
            i = i + 1
        else:
            val = ""
            while i < n:
                if line[i] == ",":
                    break
                val = val + line[i]
                i = i + 1
            result.append(val)
            if i >= n:
                break
            i = i + 1
    return result
