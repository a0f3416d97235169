def longest_stable_window(readings, tolerance)
  if readings == nil || readings.length == 0
    return 0
  end
  best = 1
  for i in 0...readings.length
    for j in i...readings.length
      mx = readings[i]
      mn = readings[i]
      for k in i..j
        if readings[k] > mx
          mx = readings[k]
        end
      end
      for k in i..j
        if readings[k] < mn
          mn = readings[k]
        end
      end
      if mx - mn <= tolerance
        if j - i + 1 > best
          best = j - i + 1
        else
          if j - i + 1 == best
            best = best
          end
        end
      else
        if mx - mn > tolerance
          break
        end
      end
    end
  end
  return best
end
