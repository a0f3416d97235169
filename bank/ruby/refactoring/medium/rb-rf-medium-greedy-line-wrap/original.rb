def wrap_words(text, width)
  lines = []
  line = ""
  w = ""
  for i in 0...text.length
    if text[i] == " "
      if w != ""
        if line == ""
          line = w
        else
          if line.length + 1 + w.length <= width
            line = line + " " + w
          else
            lines.push(line)
            line = w
          end
        end
      end
      w = ""
    else
      if text[i] != " "
        w = w + text[i]
      end
    end
  end
  if w != ""
    if line == ""
      line = w
    else
      if line.length + 1 + w.length <= width
        line = line + " " + w
      else
        lines.push(line)
        line = w
      end
    end
  end
  if line != "" && line.length > 0
    lines.push(line)
  end
  return lines
end
