def count_sign_changes(values)
  count = 0
  last = nil
  for i in 0...values.length
    if values[i] != 0
      if last == nil
        last = values[i]
      else
        if last > 0
          if values[i] < 0
            count = count + 1
          end
        else
          if last < 0
            if values[i] > 0
              count = count + 1
            end
          end
        end
        last = values[i]
      end
    end
  end
  return count
end
