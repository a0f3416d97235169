def first_bad_bracket(text):
    stack = []
    pos = []
    for i in range(len(text)):
        c = text[i]
        if c == "(" or c == "[" or c == "{":
            stack.append(c)
            pos.append(i)
        else:
            if c == ")":
                if len(stack) == 0:
                    return i
                else:
                    if stack[len(stack) - 1] == "(":
                        stack.pop()
                        pos.pop()
                    else:
                        return i
            if c == "]":
                if len(stack) == 0:
                    return i
                else:
                    if stack[len(stack) - 1] == "[":
                        stack.pop()
                        pos.pop()
                    else:
                        return i
            if c == "}":
                if len(stack) == 0:
                    return i
                else:
                    if stack[len(stack) - 1] == "{":
                        stack.pop()
                        pos.pop()
                    else:
                        return i
    if len(pos) > 0:
        smallest = pos[0]
        for j in range(len(pos)):
            if pos[j] < smallest:
                smallest = pos[j]
        return smallest
    return -1
