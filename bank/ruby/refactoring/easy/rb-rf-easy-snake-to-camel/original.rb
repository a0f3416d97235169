def snake_to_camel(name)
  result = ""
  first = true
  upper_next = false
  for i in 0...name.length
    c = name[i]
    if c == "_"
      if first == false
        upper_next = true
      end
    else
      if first == true
        if c.ord >= 65 && c.ord <= 90
          result = result + (c.ord + 32).chr
        else
          result = result + c
        end
        first = false
      else
        if upper_next == true
          if c.ord >= 97 && c.ord <= 122
            result = result + (c.ord - 32).chr
          else
            result = result + c
          end
          upper_next = false
        else
          if c.ord >= 65 && c.ord <= 90
            result = result + (c.ord + 32).chr
          else
            result = result + c
          end
        end
      end
    end
  end
  return result
end
