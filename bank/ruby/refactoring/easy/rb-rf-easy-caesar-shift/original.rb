def caesar_shift(text, shift)
  out = ""
  for i in 0...text.length
    c = text[i]
    code = c.ord
    if code >= 97
      if code <= 122
        n = code - 97
        n = n + shift
        while n < 0
          n = n + 26
        end
        while n >= 26
          n = n - 26
        end
        out = out + (n + 97).chr
      else
        out = out + c
      end
    elsif code >= 65
      if code <= 90
        n = code - 65
        n = n + shift
        while n < 0
          n = n + 26
        end
        while n >= 26
          n = n - 26
        end
        out = out + (n + 65).chr
      else
        out = out + c
      end
    else
      out = out + c
    end
  end
  return out
end
