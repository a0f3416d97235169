def run_postfix(tokens):
    s = []
    for i in range(len(tokens)):
        t = tokens[i]
        if t == "+":
            if len(s) < 2:
                raise ValueError("underflow")
            b = s.pop()
            a = s.pop()
            s.append(a + b)
        elif t == "-":
            if len(s) < 2:
                raise ValueError("underflow")
            b = s.pop()
            a = s.pop()
            s.append(a - b)
        elif t == "*":
            if len(s) < 2:
                raise ValueError("underflow")
            b = s.pop()
            a = s.pop()
            s.append(a * b)
        elif t == "/":
            if len(s) < 2:
                raise ValueError("underflow")
            b = s.pop()
            a = s.pop()
            if b == 0:
                raise ValueError("div by zero")
            q = abs(a) // abs(b)
            if a < 0 and b > 0:
                q = -q
            elif a > 0 and b < 0:
                q = -q
            s.append(q)
        elif t == "dup":
            if len(s) < 1:
                raise ValueError("underflow")
            s.append(s[len(s) - 1])
        elif t == "swap":
            if len(s) < 2:
                raise ValueError("underflow")
            tmp = s[len(s) - 1]
            s[len(s) - 1] = s[len(s) - 2]
            s[len(s) - 2] = tmp
        elif t == "drop":
            if len(s) < 1:
                raise ValueError("underflow")
            s.pop()
        else:
            ok = True
            start = 0
            if len(t) > 0 and t[0] == "-":
                start = 1
            if start >= len(t):
                ok = False
            for j in range(start, len(t)):
                if not (t[j] >= "0" and t[j] <= "9"):
                    ok = False
            if ok == False:
                raise ValueError("unknown token")
            s.append(int(t))
    if len(s) != 1:
        raise ValueError("bad end")
    return s[0]
