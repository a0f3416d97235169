def alternating_caps(text)
  out = ""
  count = 0
  for i in 0...text.length
    c = text[i]
    if (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
      if count % 2 == 0
        if c >= "a"
          if c <= "z"
            out = out + (c.ord - 32).chr
          else
            out = out + c
          end
        else
          out = out + c
        end
      else
        if c >= "A"
          if c <= "Z"
            out = out + (c.ord + 32).chr
          else
            out = out + c
          end
        else
          out = out + c
        end
      end
      count = count + 1
    else
      out = out + c
    end
  end
  return out
end
