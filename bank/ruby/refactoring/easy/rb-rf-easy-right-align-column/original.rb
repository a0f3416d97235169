def right_align(lines)
  longest = 0
  for i in 0...lines.length
    if lines[i].length > longest
      longest = lines[i].length
    end
  end
  result = []
  for i in 0...lines.length
    s = lines[i]
    if s.length == longest
      result.push(s)
    else
      pad = ""
      for j in 0...(longest - s.length)
        pad = pad + " "
      end
      result.push(pad + s)
    end
  end
  return result
end
