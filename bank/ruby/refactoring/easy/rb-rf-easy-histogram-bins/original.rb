def histogram_bins(values, width)
  if width < 1
    raise ArgumentError, "bad width"
  end
  for i in 0...values.length
    if values[i] < 0
      raise ArgumentError, "bad value"
    end
  end
  if values.length == 0
    return []
  end
  biggest = values[0]
  for i in 0...values.length
    if values[i] > biggest
      biggest = values[i]
    end
  end
  counts = []
  k = 0
  while k * width <= biggest
    total = 0
    for i in 0...values.length
      if values[i] >= k * width
        if values[i] <= (k + 1) * width - 1
          total = total + 1
        end
      end
    end
    counts.push(total)
    k = k + 1
  end
  return counts
end
