def run_postfix(tokens)
  s = []
  for i in 0...tokens.length
    t = tokens[i]
    if t == "+"
      if s.length < 2
        raise ArgumentError, "underflow"
      end
      b = s.pop
      a = s.pop
      s.push(a + b)
    elsif t == "-"
      if s.length < 2
        raise ArgumentError, "underflow"
      end
      b = s.pop
      a = s.pop
      s.push(a - b)
    elsif t == "*"
      if s.length < 2
        raise ArgumentError, "underflow"
      end
      b = s.pop
      a = s.pop
      s.push(a * b)
    elsif t == "/"
      if s.length < 2
        raise ArgumentError, "underflow"
      end
      b = s.pop
      a = s.pop
      if b == 0
        raise ArgumentError, "div by zero"
      end
      q = a.abs / b.abs
      if a < 0 && b > 0
        q = -q
      elsif a > 0 && b < 0
        q = -q
      end
      s.push(q)
    elsif t == "dup"
      if s.length < 1
        raise ArgumentError, "underflow"
      end
      s.push(s[s.length - 1])
    elsif t == "swap"
      if s.length < 2
        raise ArgumentError, "underflow"
      end
      tmp = s[s.length - 1]
      s[s.length - 1] = s[s.length - 2]
      s[s.length - 2] = tmp
    elsif t == "drop"
      if s.length < 1
        raise ArgumentError, "underflow"
      end
      s.pop
    else
      ok = true
      start = 0
      if t.length > 0 && t[0] == "-"
        start = 1
      end
      if start >= t.length
        ok = false
      end
      for j in start...t.length
        if !(t[j] >= "0" && t[j] <= "9")
          ok = false
        end
      end
      if ok == false
        raise ArgumentError, "unknown token"
      end
      s.push(t.to_i)
    end
  end
  if s.length != 1
    raise ArgumentError, "bad end"
  end
  return s[0]
end
