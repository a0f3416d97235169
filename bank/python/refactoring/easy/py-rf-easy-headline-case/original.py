def headline_case(title):
    if title == "":
        return ""
    words = title.split(" ")
    out = ""
    for i in range(len(words)):
        w = words[i].lower()
        if i == 0:
            if len(w) > 0:
                w = w[0].upper() + w[1:]
        elif i == len(words) - 1:
            if len(w) > 0:
                w = w[0].upper() + w[1:]
        else:
            if w == "a" or w == "an" or w == "and" or w == "the" or w == "of":
                w = w
            elif w == "in" or w == "on" or w == "or" or w == "to":
                w = w
            else:
                if len(w) > 0:
                    w = w[0].upper() + w[1:]
        if i > 0:
            out = out + " "
        out = out + w
    return out
