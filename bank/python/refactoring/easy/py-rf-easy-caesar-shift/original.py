def caesar_shift(text, shift):
    out = ""
    for i in range(len(text)):
        c = text[i]
        code = ord(c)
        if code >= 97:
            if code <= 122:
                n = code - 97
                n = n + shift
                while n < 0:
                    n = n + 26
                while n >= 26:
                    n = n - 26
                out = out + chr(n + 97)
            else:
                out = out + c
        elif code >= 65:
            if code <= 90:
                n = code - 65
                n = n + shift
                while n < 0:
                    n = n + 26
                while n >= 26:
                    n = n - 26
                out = out + chr(n + 65)
            else:
                out = out + c
        else:
            out = out + c
    return out
