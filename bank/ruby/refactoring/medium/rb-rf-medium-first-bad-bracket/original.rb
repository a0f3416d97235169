def first_bad_bracket(text)
  stack = []
  pos = []
  for i in 0...text.length
    c = text[i]
    if c == "(" || c == "[" || c == "{"
      stack.push(c)
      pos.push(i)
    else
      if c == ")"
        if stack.length == 0
          return i
        else
          if stack[stack.length - 1] == "("
            stack.pop
            pos.pop
          else
            return i
          end
        end
      end
      if c == "]"
        if stack.length == 0
          return i
        else
          if stack[stack.length - 1] == "["
            stack.pop
            pos.pop
          else
            return i
          end
        end
      end
      if c == "}"
        if stack.length == 0
          return i
        else
          if stack[stack.length - 1] == "{"
            stack.pop
            pos.pop
          else
            return i
          end
        end
      end
    end
  end
  if pos.length > 0
    smallest = pos[0]
    for j in 0...pos.length
      if pos[j] < smallest
        smallest = pos[j]
      end
    end
    return smallest
  end
  return -1
end
