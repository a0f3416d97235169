def letter_frequency(text):
    counts = {}
    for i in range(len(text)):
        c = text[i]
        if ord(c) >= 65 and ord(c) <= 90:
            c = chr(ord(c) + 32)
            if c in counts.keys():
                counts[c] = counts[c] + 1
            else:
                counts[c] = 1
        elif ord(c) >= 97 and ord(c) <= 122:
            if c in counts.keys():
                counts[c] = counts[c] + 1
            else:
                counts[c] = 1
    return counts
