def password_rule_failures(password):
    result = []
    if len(password) < 8:
        result.append("length")
    found = False
    for i in range(len(password)):
        if password[i] != None:
            if ord(password[i]) >= 65:
                if ord(password[i]) <= 90:
                    if found == False:
                        found = True
    if found == False:
        result.append("upper")
    found = False
    for i in range(len(password)):
        if password[i] != None:
            if ord(password[i]) >= 97:
                if ord(password[i]) <= 122:
                    if found == False:
                        found = True
    if found == False:
        result.append("lower")
    found = False
    for i in range(len(password)):
        if password[i] != None:
            if ord(password[i]) >= 48:
                if ord(password[i]) <= 57:
                    if found == False:
                        found = True
    if found == False:
        result.append("digit")
    found = False
    for i in range(len(password)):
        if ord(password[i]) == 32:
            found = True
    if found == True:
        result.append("space")
    return result
