def pair_sums(values)
  result = []
  if values != nil
    if values.length > 0
      for i in 0...values.length
        if i % 2 == 0
          if i + 1 < values.length
            total = 0
            total = total + values[i]
            total = total + values[i + 1]
            result.push(total)
          else
            if i == values.length - 1
              total = 0
              total = total + values[i]
              result.push(total)
            end
          end
        end
      end
    end
  end
  return result
end
