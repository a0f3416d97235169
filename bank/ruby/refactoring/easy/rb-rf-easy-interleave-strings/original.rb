def interleave_strings(first, second)
  out = ""
  if first.length >= second.length
    for i in 0...second.length
      out = out + first[i]
      out = out + second[i]
    end
    for i in second.length...first.length
      out = out + first[i]
    end
  else
    for i in 0...first.length
      out = out + first[i]
      out = out + second[i]
    end
    for i in first.length...second.length
      out = out + second[i]
    end
  end
  return out
end
