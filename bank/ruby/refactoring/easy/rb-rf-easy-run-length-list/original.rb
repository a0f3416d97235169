def run_length_list(values)
  result = []
  current = nil
  count = 0
  if values.length > 0
    for i in 0...values.length
      if current == nil
        current = values[i]
        count = 1
      else
        if values[i] == current
          count = count + 1
        else
          if count > 0
            if current != nil
              pair = []
              pair.push(current)
              pair.push(count)
              result.push(pair)
            end
          end
          current = values[i]
          count = 1
        end
      end
    end
    if current != nil
      if count > 0
        pair = []
        pair.push(current)
        pair.push(count)
        result.push(pair)
      end
    end
  end
  return result
end
