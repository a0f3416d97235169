def vowels_per_word(text):
    result = []
    word = ""
    for i in range(len(text)):
        if text[i] != " ":
            word = word + text[i]
        else:
            if len(word) > 0:
                n = 0
                for j in range(len(word)):
                    c = word[j]
                    if c == "a" or c == "e" or c == "i" or c == "o" or c == "u":
                        n = n + 1
                    elif c == "A" or c == "E" or c == "I" or c == "O" or c == "U":
                        n = n + 1
                result.append(n)
                word = ""
    if len(word) > 0:
        n = 0
        for j in range(len(word)):
            c = word[j]
            if c == "a" or c == "e" or c == "i" or c == "o" or c == "u":
                n = n + 1
            elif c == "A" or c == "E" or c == "I" or c == "O" or c == "U":
                n = n + 1
        result.append(n)
    return result
