def compact_duration(seconds):
    if seconds < 0:
        raise ValueError("negative")
    if seconds == 0:
        return "0s"
    s = seconds
    out = ""
    d = s // 86400
    s = s - d * 86400
    if d > 0:
        if out != "":
            out = out + " "
        out = out + str(d) + "d"
    h = s // 3600
    s = s - h * 3600
    if h > 0:
        if out != "":
            out = out + " "
        out = out + str(h) + "h"
    m = s // 60
    s = s - m * 60
    if m > 0:
        if out != "":
            out = out + " "
        out = out + str(m) + "m"
    if s > 0:
        if out != "":
            out = out + " "
        out = out + str(s) + "s"
    return out
