def custom_fizz_labels(n, divisors, labels):
    if n < 0:
        raise ValueError("bad")
    if len(divisors) != len(labels):
        raise ValueError("bad")
    for i in range(len(divisors)):
        if divisors[i] < 1:
            raise ValueError("bad")
    result = []
    if n > 0:
        i = 1
        while i <= n:
            s = ""
            found = False
            if len(divisors) > 0:
                for j in range(len(divisors)):
                    if i % divisors[j] == 0:
                        if labels[j] != None:
                            s = s + labels[j]
                            found = True
            if found == False:
                s = ""
                x = i
                while x > 0:
                    s = "0123456789"[x % 10] + s
                    x = x // 10
            result.append(s)
            i = i + 1
    return result
