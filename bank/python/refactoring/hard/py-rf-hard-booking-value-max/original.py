def max_booking_value(bookings):
    n = len(bookings)
    b = []
    for i in range(n):
        b.append([bookings[i][0], bookings[i][1], bookings[i][2]])
    for i in range(n):
        for j in range(n - 1):
            if b[j][1] > b[j + 1][1]:
                tmp = b[j]
                b[j] = b[j + 1]
                b[j + 1] = tmp
    dp = []
    for i in range(n):
        dp.append(0)
    for i in range(n):
        take = b[i][2]
        best_prev = 0
        for j in range(i):
            if b[j][1] <= b[i][0]:
                if dp[j] > best_prev:
                    best_prev = dp[j]
        take = take + best_prev
        skip = 0
        if i > 0:
            skip = dp[i - 1]
        if take > skip:
            dp[i] = take
        else:
            dp[i] = skip
    if n == 0:
        return 0
    return dp[n - 1]
