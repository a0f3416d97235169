def parse_key_values(text):
    result = {}
    if text.strip() == "":
        return result
    pieces = text.split(";")
    for i in range(len(pieces)):
        p = pieces[i]
        pos = -1
        for j in range(len(p)):
            if p[j] == "=":
                if pos == -1:
                    pos = j
        if pos == -1:
            raise ValueError("bad")
        k = p[0:pos].strip()
        v = p[pos + 1:].strip()
        if len(k) == 0:
            raise ValueError("bad")
        if len(v) == 0:
            raise ValueError("bad")
        neg = False
        start = 0
        if v[0] == "-":
            neg = True
            start = 1
        if start >= len(v):
            raise ValueError("bad")
        num = 0
        for j in range(start, len(v)):
            if v[j] >= "0":
                if v[j] <= "9":
                    num = num * 10 + (ord(v[j]) - 48)
                else:
                    raise ValueError("bad")
            else:
                raise ValueError("bad")
        if neg == True:
            num = 0 - num
        result[k] = num
    return result
