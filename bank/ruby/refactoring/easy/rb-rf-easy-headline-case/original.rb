def headline_case(title)
  if title == ""
    return ""
  end
  words = title.split(/ /, -1)
  out = ""
  for i in 0...words.length
    w = words[i].downcase
    if i == 0
      if w.length > 0
        w = w[0].upcase + w[1..-1]
      end
    elsif i == words.length - 1
      if w.length > 0
        w = w[0].upcase + w[1..-1]
      end
    else
      if w == "a" || w == "an" || w == "and" || w == "the" || w == "of"
        w = w
      elsif w == "in" || w == "on" || w == "or" || w == "to"
        w = w
      else
        if w.length > 0
          w = w[0].upcase + w[1..-1]
        end
      end
    end
    if i > 0
      out = out + " "
    end
    out = out + w
  end
  return out
end
