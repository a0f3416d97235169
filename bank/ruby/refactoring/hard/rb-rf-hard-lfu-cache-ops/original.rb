def lfu_simulate(capacity, ops)
  data = []
  out = []
  for i in 0...ops.length
    p = ops[i].split(/ /)
    if p[0] == "get"
      hit = -1
      for j in 0...data.length
        if data[j][0] == p[1]
          hit = j
        end
      end
      if hit == -1
        out.push(nil)
      else
        data[hit][2] = data[hit][2] + 1
        data[hit][3] = i
        out.push(data[hit][1])
      end
    else
      if capacity == 0
        next
      end
      hit = -1
      for j in 0...data.length
        if data[j][0] == p[1]
          hit = j
        end
      end
      if hit != -1
        data[hit][1] = p[2].to_i
        data[hit][2] = data[hit][2] + 1
        data[hit][3] = i
      else
        if data.length == capacity
          victim = 0
          for j in 1...data.length
            if data[j][2] < data[victim][2]
              victim = j
            elsif data[j][2] == data[victim][2]
              if data[j][3] < data[victim][3]
                victim = j
              end
            end
          end
          data.delete_at(victim)
        end
        data.push([p[1], p[2].to_i, 1, i])
      end
    end
  end
  return out
end
