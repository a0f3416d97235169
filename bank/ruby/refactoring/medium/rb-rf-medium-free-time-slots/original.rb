def free_slots(busy, day_start, day_end, min_length)
  b = []
  for i in 0...busy.length
    b.push([busy[i][0], busy[i][1]])
  end
  for i in 0...b.length
    for j in 0...(b.length - 1 - i)
      if b[j][0] > b[j + 1][0]
        t = b[j]
        b[j] = b[j + 1]
        b[j + 1] = t
      end
    end
  end
  merged = []
  for i in 0...b.length
    if merged.length == 0
      merged.push([b[i][0], b[i][1]])
    else
      if b[i][0] <= merged[merged.length - 1][1]
        if b[i][1] > merged[merged.length - 1][1]
          merged[merged.length - 1][1] = b[i][1]
        end
      else
        merged.push([b[i][0], b[i][1]])
      end
    end
  end
  result = []
  cur = day_start
  for i in 0...merged.length
    s = merged[i][0]
    e = merged[i][1]
    if s > cur
      if s < day_end
        if s - cur >= min_length
          result.push([cur, s])
        end
      else
        if cur < day_end
          if day_end - cur >= min_length
            result.push([cur, day_end])
          end
        end
        cur = day_end
      end
    end
    if e > cur
      cur = e
    end
  end
  if cur < day_end
    if day_end - cur >= min_length
      result.push([cur, day_end])
    end
  end
  return result
end
