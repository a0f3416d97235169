def prefix_tally(ops)
  words = []
  counts = []
  out = []
  for i in 0...ops.length
    op = ops[i]
    if op[0, 4] == "add "
      w = op[4..-1]
      found = -1
      for j in 0...words.length
        if words[j] == w
          found = j
        end
      end
      if found == -1
        words.push(w)
        counts.push(1)
      else
        counts[found] = counts[found] + 1
      end
    elsif op[0, 4] == "del "
      w = op[4..-1]
      for j in 0...words.length
        if words[j] == w
          if counts[j] > 0
            counts[j] = counts[j] - 1
          end
        end
      end
    elsif op[0, 6] == "count "
      p = op[6..-1]
      total = 0
      for j in 0...words.length
        if words[j].length >= p.length
          if words[j][0, p.length] == p
            total = total + counts[j]
          end
        end
      end
      out.push(total)
    elsif op[0, 9] == "distinct "
      p = op[9..-1]
      total = 0
      for j in 0...words.length
        if words[j].length >= p.length
          if words[j][0, p.length] == p
            if counts[j] > 0
              total = total + 1
            end
          end
        end
      end
      out.push(total)
    end
  end
  return out
end
