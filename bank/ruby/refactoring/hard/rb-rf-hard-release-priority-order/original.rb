def release_order(priorities, dependencies)
  names = priorities.keys
  deps = []
  for i in 0...dependencies.length
    d = dependencies[i]
    if priorities.key?(d[0])
      if priorities.key?(d[1])
        found = false
        for j in 0...deps.length
          if deps[j][0] == d[0] && deps[j][1] == d[1]
            found = true
          end
        end
        if found == false
          deps.push([d[0], d[1]])
        end
      else
        raise ArgumentError, "bad"
      end
    else
      raise ArgumentError, "bad"
    end
  end
  result = []
  done = {}
  for i in 0...names.length
    done[names[i]] = 0
  end
  while result.length < names.length
    best = nil
    for i in 0...names.length
      t = names[i]
      if done[t] == 0
        ok = true
        for j in 0...deps.length
          if deps[j][1] == t
            if done[deps[j][0]] == 0
              ok = false
            end
          end
        end
        if ok == true
          if best == nil
            best = t
          else
            if priorities[t] > priorities[best]
              best = t
            elsif priorities[t] == priorities[best]
              if t < best
                best = t
              end
            end
          end
        end
      end
    end
    if best == nil
      raise ArgumentError, "cycle"
    end
    done[best] = 1
    result.push(best)
  end
  return result
end
