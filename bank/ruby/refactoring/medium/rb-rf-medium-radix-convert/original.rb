def convert_base(number, from_base, to_base)
  if from_base < 2 || from_base > 36
    raise ArgumentError, "bad base"
  end
  if to_base < 2 || to_base > 36
    raise ArgumentError, "bad base"
  end
  neg = false
  s = number
  if s.length > 0 && s[0] == "-"
    neg = true
    s = s[1..-1]
  end
  if s.length == 0
    raise ArgumentError, "empty"
  end
  val = 0
  for i in 0...s.length
    c = s[i]
    d = -1
    if c >= "0" && c <= "9"
      d = c.ord - 48
    elsif c >= "a" && c <= "z"
      d = c.ord - 97 + 10
    elsif c >= "A" && c <= "Z"
      d = c.ord - 65 + 10
    end
    if d == -1
      raise ArgumentError, "bad digit"
    end
    if d >= from_base
      raise ArgumentError, "bad digit"
    end
    val = val * from_base + d
  end
  if val == 0
    return "0"
  end
  out = ""
  while val > 0
    r = val % to_base
    if r < 10
      out = (48 + r).chr + out
    else
      out = (97 + r - 10).chr + out
    end
    val = val / to_base
  end
  if neg == true
    out = "-" + out
  end
  return out
end
