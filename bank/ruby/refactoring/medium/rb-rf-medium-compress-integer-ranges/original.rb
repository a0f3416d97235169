def compress_ranges(values)
  v = []
  for i in 0...values.length
    found = false
    for j in 0...v.length
      if v[j] == values[i]
        found = true
      end
    end
    if found == false
      v.push(values[i])
    end
  end
  for i in 0...v.length
    for j in 0...(v.length - 1)
      if v[j] > v[j + 1]
        t = v[j]
        v[j] = v[j + 1]
        v[j + 1] = t
      end
    end
  end
  out = ""
  i = 0
  while i < v.length
    j = i
    while j + 1 < v.length && v[j + 1] == v[j] + 1
      j = j + 1
    end
    if j - i + 1 >= 3
      if out != ""
        out = out + ","
      end
      out = out + v[i].to_s + ".." + v[j].to_s
    else
      for k in i..j
        if out != ""
          out = out + ","
        end
        out = out + v[k].to_s
      end
    end
    i = j + 1
  end
  return out
end
