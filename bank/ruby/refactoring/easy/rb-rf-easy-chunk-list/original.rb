def chunk_list(values, size)
  if size < 1
    raise ArgumentError, "bad"
  end
  result = []
  current = []
  for i in 0...values.length
    if current.length == size
      result.push(current)
      current = []
      current.push(values[i])
    else
      if current.length < size
        current.push(values[i])
      end
    end
  end
  if current != nil
    if current.length > 0
      result.push(current)
    end
  end
  return result
end
