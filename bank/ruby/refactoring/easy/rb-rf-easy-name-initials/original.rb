def name_initials(name)
  result = ""
  start = true
  for i in 0...name.length
    c = name[i]
    if c != " "
      if c != "-"
        if start == true
          if c >= "a"
            if c <= "z"
              result = result + (c.ord - 32).chr + "."
            else
              result = result + c + "."
            end
          else
            result = result + c + "."
          end
          start = false
        end
      else
        start = true
      end
    else
      start = true
    end
  end
  return result
end
