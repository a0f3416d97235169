def name_initials(name):
    result = ""
    start = True
    for i in range(len(name)):
        c = name[i]
        if c != " ":
            if c != "-":
                if start == True:
                    if c >= "a":
                        if c <= "z":
                            result = result + chr(ord(c) - 32) + "."
                        else:
                            result = result + c + "."
                    else:
                        result = result + c + "."
                    start = False
            else:
                start = True
        else:
            start = True
    return result
