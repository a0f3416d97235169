def duration_to_seconds(text)
  if text == nil || text.length == 0
    raise ArgumentError, "bad"
  end
  total = 0
  num = ""
  last = -1
  for i in 0...text.length
    c = text[i]
    if c >= "0" && c <= "9"
      num = num + c
    else
      if c == "d"
        if num == ""
          raise ArgumentError, "bad"
        end
        if last >= 0
          raise ArgumentError, "bad"
        end
        total = total + num.to_i * 86400
        last = 0
        num = ""
      elsif c == "h"
        if num == ""
          raise ArgumentError, "bad"
        end
        if last >= 1
          raise ArgumentError, "bad"
        end
        total = total + num.to_i * 3600
        last = 1
        num = ""
      elsif c == "m"
        if num == ""
          raise ArgumentError, "bad"
        end
        if last >= 2
          raise ArgumentError, "bad"
        end
        total = total + num.to_i * 60
        last = 2
        num = ""
      elsif c == "s"
        if num == ""
          raise ArgumentError, "bad"
        end
        if last >= 3
          raise ArgumentError, "bad"
        end
        total = total + num.to_i * 1
        last = 3
        num = ""
      else
        raise ArgumentError, "bad"
      end
    end
  end
  if num != ""
    raise ArgumentError, "bad"
  end
  return total
end
