def lru_simulate(capacity, ops)
  keys = []
  vals = []
  out = []
  for i in 0...ops.length
    p = ops[i].split(/ /)
    if p[0] == "get"
      idx = -1
      for j in 0...keys.length
        if keys[j] == p[1]
          idx = j
        end
      end
      if idx == -1
        out.push(nil)
      else
        k = keys[idx]
        v = vals[idx]
        keys.delete_at(idx)
        vals.delete_at(idx)
        keys.push(k)
        vals.push(v)
        out.push(v)
      end
    end
    if p[0] == "put"
      if capacity > 0
        idx = -1
        for j in 0...keys.length
          if keys[j] == p[1]
            idx = j
          end
        end
        if idx != -1
          keys.delete_at(idx)
          vals.delete_at(idx)
        end
        keys.push(p[1])
        vals.push(p[2].to_i)
        if keys.length > capacity
          keys.delete_at(0)
          vals.delete_at(0)
        end
      end
    end
  end
  return out
end
