def snake_to_camel(name):
    result = ""
    first = True
    upper_next = False
    for i in range(len(name)):
        c = name[i]
        if c == "_":
            if first == False:
                upper_next = True
        else:
            if first == True:
                if ord(c) >= 65 and ord(c) <= 90:
                    result = result + chr(ord(c) + 32)
                else:
                    result = result + c
                first = False
            else:
                if upper_next == True:
                    if ord(c) >= 97 and ord(c) <= 122:
                        result = result + chr(ord(c) - 32)
                    else:
                        result = result + c
                    upper_next = False
                else:
                    if ord(c) >= 65 and ord(c) <= 90:
                        result = result + chr(ord(c) + 32)
                    else:
                        result = result + c
    return result
