def clamp_values(values, low, high)
  if low > high
    raise ArgumentError, "bad range"
  end
  result = []
  for i in 0...values.length
    v = values[i]
    if v < low
      result.push(low)
    else
      if v > high
        result.push(high)
      else
        if v >= low
          if v <= high
            result.push(v)
          end
        end
      end
    end
  end
  return result
end
