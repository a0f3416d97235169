def max_booking_value(bookings)
  n = bookings.length
  b = []
  for i in 0...n
    b.push([bookings[i][0], bookings[i][1], bookings[i][2]])
  end
  for i in 0...n
    for j in 0...(n - 1)
      if b[j][1] > b[j + 1][1]
        tmp = b[j]
        b[j] = b[j + 1]
        b[j + 1] = tmp
      end
    end
  end
  dp = []
  for i in 0...n
    dp.push(0)
  end
  for i in 0...n
    take = b[i][2]
    best_prev = 0
    for j in 0...i
      if b[j][1] <= b[i][0]
        if dp[j] > best_prev
          best_prev = dp[j]
        end
      end
    end
    take = take + best_prev
    skip = 0
    if i > 0
      skip = dp[i - 1]
    end
    if take > skip
      dp[i] = take
    else
      dp[i] = skip
    end
  end
  if n == 0
    return 0
  end
  return dp[n - 1]
end
