def sort_by_alphabet(words, alphabet):
    for i in range(len(alphabet)):
        for j in range(len(alphabet)):
            if i != j and alphabet[i] == alphabet[j]:
                raise ValueError("dup")
    res = []
    for i in range(len(words)):
        res.append(words[i])
    n = len(res)
    for i in range(n):
        for j in range(n - 1):
            a = res[j]
            b = res[j + 1]
            swap = False
            k = 0
            decided = False
            while k < len(a) and k < len(b):
                ra = -1
                for p in range(len(alphabet)):
                    if alphabet[p] == a[k]:
                        ra = p
                if ra == -1:
                    ra = 1000 + ord(a[k])
                rb = -1
                for p in range(len(alphabet)):
                    if alphabet[p] == b[k]:
                        rb = p
                if rb == -1:
                    rb = 1000 + ord(b[k])
                if ra != rb:
                    if ra > rb:
                        swap = True
                    decided = True
                    break
                k = k + 1
            if decided == False:
                if len(a) > len(b):
                    swap = True
            if swap:
                res[j] = b
                res[j + 1] = a
    return res
