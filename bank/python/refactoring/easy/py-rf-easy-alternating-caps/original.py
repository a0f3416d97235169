def alternating_caps(text):
    out = ""
    count = 0
    for i in range(len(text)):
        c = text[i]
        if (c >= "a" and c <= "z") or (c >= "A" and c <= "Z"):
            if count % 2 == 0:
                if c >= "a":
                    if c <= "z":
                        out = out + chr(ord(c) - 32)
                    else:
                        out = out + c
                else:
                    out = out + c
            else:
                if c >= "A":
                    if c <= "Z":
                        out = out + chr(ord(c) + 32)
                    else:
                        out = out + c
                else:
                    out = out + c
            count = count + 1
        else:
            out = out + c
    return out
