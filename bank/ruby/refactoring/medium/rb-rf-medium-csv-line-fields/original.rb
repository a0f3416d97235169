def split_csv_line(line)
  result = []
  i = 0
  n = line.length
  while true
    if i < n && line[i] == '"'
      i = i + 1
      val = ""
      closed = false
      while i < n
        if line[i] == '"'
          if i + 1 < n
            if line[i + 1] == '"'
              val = val + '"'
              i = i + 2
              next
            else
              closed = true
              i = i + 1
              break
            end
          else
            closed = true
            i = i + 1
            break
          end
        else
          val = val + line[i]
          i = i + 1
        end
      end
      if closed == false
        raise ArgumentError, "not closed"
      end
      if i < n
        if line[i] != ","
          raise ArgumentError, "junk after quote"
        end
      end
      result.push(val)
      if i >= n
        break
      end
      i = i + 1
    else
      val = ""
      while i < n
        if line[i] == ","
          break
        end
        val = val + line[i]
        i = i + 1
      end
      result.push(val)
      if i >= n
        break
      end
      i = i + 1
    end
  end
  return result
end
