def wrap_words(text, width):
    lines = []
    line = ""
    w = ""
    for i in range(len(text)):
        if text[i] == " ":
            if w != "":
                if line == "":
                    line = w
                else:
                    if len(line) + 1 + len(w) <= width:
                        line = line + " " + w
                    else:
                        lines.append(line)
                        line = w
            w = ""
        else:
            if text[i] != " ":
                w = w + text[i]
    if w != "":
        if line == "":
            line = w
        else:
            if len(line) + 1 + len(w) <= width:
                line = line + " " + w
            else:
                lines.append(line)
                line = w
    if line != "" and len(line) > 0:
        lines.append(line)
    return lines
