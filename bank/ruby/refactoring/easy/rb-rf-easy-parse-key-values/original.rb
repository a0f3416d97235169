def parse_key_values(text)
  result = {}
  if text.strip == ""
    return result
  end
  pieces = text.split(/;/, -1)
  for i in 0...pieces.length
    p = pieces[i]
    pos = -1
    for j in 0...p.length
      if p[j] == "="
        if pos == -1
          pos = j
        end
      end
    end
    if pos == -1
      raise ArgumentError, "bad"
    end
    k = p[0...pos].strip
    v = p[(pos + 1)..-1].strip
    if k.length == 0
      raise ArgumentError, "bad"
    end
    if v.length == 0
      raise ArgumentError, "bad"
    end
    neg = false
    start = 0
    if v[0] == "-"
      neg = true
      start = 1
    end
    if start >= v.length
      raise ArgumentError, "bad"
    end
    num = 0
    for j in start...v.length
      if v[j] >= "0"
        if v[j] <= "9"
          num = num * 10 + (v[j].ord - 48)
        else
          raise ArgumentError, "bad"
        end
      else
        raise ArgumentError, "bad"
      end
    end
    if neg == true
      num = 0 - num
    end
    result[k] = num
  end
  return result
end
