def rising_chain(prices)
  n = prices.length
  if n == 0
    return []
  end
  best = []
  for i in 0...n
    best.push([prices[i]])
  end
  for i in 0...n
    for j in 0...i
      if prices[j] < prices[i]
        cand = []
        for k in 0...best[j].length
          cand.push(best[j][k])
        end
        cand.push(prices[i])
        if cand.length > best[i].length
          best[i] = cand
        elsif cand.length == best[i].length
          smaller = false
          for k in 0...cand.length
            if cand[k] < best[i][k]
              smaller = true
              break
            elsif cand[k] > best[i][k]
              break
            end
          end
          if smaller
            best[i] = cand
          end
        end
      end
    end
  end
  result = best[0]
  for i in 1...n
    if best[i].length > result.length
      result = best[i]
    elsif best[i].length == result.length
      smaller = false
      for k in 0...result.length
        if best[i][k] < result[k]
          smaller = true
          break
        elsif best[i][k] > result[k]
          break
        end
      end
      if smaller
        result = best[i]
      end
    end
  end
  return result
end
