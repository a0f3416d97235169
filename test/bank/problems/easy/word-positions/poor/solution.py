def word_positions(words, limit):
    if limit != None:
        if limit < 0:
            raise ValueError('limit must not be negative')
    result = {}
    n = len(words)
    if limit != None:
        if limit < n:
            n = limit
    for i in range(len(words)):
        if i < n:
            if words[i] in result:
                if True:
                    if len(result[words[i]]) >= 0:
                        result[words[i]].append(i)
            else:
                result[words[i]] = [i]
    return result
