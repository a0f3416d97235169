def cluster_queries(n, ops)
  label = []
  for i in 0...n
    label.push(i)
  end
  out = []
  for k in 0...ops.length
    parts = ops[k].split(/ /)
    if parts[0] == "link"
      a = parts[1].to_i
      b = parts[2].to_i
      la = label[a]
      lb = label[b]
      if la != lb
        for i in 0...n
          if label[i] == lb
            label[i] = la
          end
        end
      end
    elsif parts[0] == "same"
      a = parts[1].to_i
      b = parts[2].to_i
      if label[a] == label[b]
        out.push(1)
      else
        out.push(0)
      end
    elsif parts[0] == "size"
      a = parts[1].to_i
      c = 0
      for i in 0...n
        if label[i] == label[a]
          c = c + 1
        end
      end
      out.push(c)
    elsif parts[0] == "count"
      seen = []
      for i in 0...n
        if !seen.include?(label[i])
          seen.push(label[i])
        end
      end
      out.push(seen.length)
    end
  end
  return out
end
