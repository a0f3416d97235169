def duration_to_seconds(text):
    if text == None or len(text) == 0:
        raise ValueError("bad")
    total = 0
    num = ""
    last = -1
    for i in range(len(text)):
        c = text[i]
        if c >= "0" and c <= "9":
            num = num + c
        else:
            if c == "d":
                if num == "":
                    raise ValueError("bad")
                if last >= 0:
                    raise ValueError("bad")
                total = total + int(num) * 86400
                last = 0
                num = ""
            elif c == "h":
                if num == "":
                    raise ValueError("bad")
                if last >= 1:
                    raise ValueError("bad")
                total = total + int(num) * 3600
                last = 1
                num = ""
            elif c == "m":
                if num == "":
                    raise ValueError("bad")
                if last >= 2:
                    raise ValueError("bad")
                total = total + int(num) * 60
                last = 2
                num = ""
            elif c == "s":
                if num == "":
                    raise ValueError("bad")
                if last >= 3:
                    raise ValueError("bad")
                total = total + int(num) * 1
                last = 3
                num = ""
            else:
                raise ValueError("bad")
    if num != "":
        raise ValueError("bad")
    return total
