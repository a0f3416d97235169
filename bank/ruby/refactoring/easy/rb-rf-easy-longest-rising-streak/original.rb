def longest_rising_streak(values)
  if values.length == 0
    return 0
  end
  best = 1
  current = 1
  for i in 0...values.length
    if i > 0
      if values[i] > values[i - 1]
        current = current + 1
        if current > best
          best = current
        end
      else
        if values[i] == values[i - 1]
          current = 1
        else
          if values[i] < values[i - 1]
            current = 1
          end
        end
      end
    end
  end
  if current > best
    best = current
  end
  return best
end
