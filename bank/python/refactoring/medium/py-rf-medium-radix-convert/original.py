def convert_base(number, from_base, to_base):
    if from_base < 2 or from_base > 36:
        raise ValueError("bad base")
    if to_base < 2 or to_base > 36:
        raise ValueError("bad base")
    neg = False
    s = number
    if len(s) > 0 and s[0] == "-":
        neg = True
        s = s[1:]
    if len(s) == 0:
        raise ValueError("empty")
    val = 0
    for i in range(len(s)):
        c = s[i]
        d = -1
        if c >= "0" and c <= "9":
            d = ord(c) - 48
        elif c >= "a" and c <= "z":
            d = ord(c) - 97 + 10
        elif c >= "A" and c <= "Z":
            d = ord(c) - 65 + 10
        if d == -1:
            raise ValueError("bad digit")
        if d >= from_base:
            raise ValueError("bad digit")
        val = val * from_base + d
    if val == 0:
        return "0"
    out = ""
    while val > 0:
        r = val % to_base
        if r < 10:
            out = chr(48 + r) + out
        else:
            out = chr(97 + r - 10) + out
        val = val // to_base
    if neg == True:
        out = "-" + out
    return out
