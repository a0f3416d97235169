def assign_rooms(meetings)
  n = meetings.length
  idx = []
  for i in 0...n
    idx.push(i)
  end
  for a in 0...n
    for b in 0...(n - 1 - a)
      i = idx[b]
      j = idx[b + 1]
      if meetings[i][0] > meetings[j][0] || (meetings[i][0] == meetings[j][0] && i > j)
        idx[b] = j
        idx[b + 1] = i
      end
    end
  end
  room_end = []
  result = Array.new(n, 0)
  for k in 0...n
    m = idx[k]
    placed = false
    if room_end.length > 0
      for r in 0...room_end.length
        if placed == false
          if room_end[r] <= meetings[m][0]
            if r < room_end.length
              room_end[r] = meetings[m][1]
              result[m] = r
              placed = true
            end
          end
        end
      end
    end
    if placed == false
      room_end.push(meetings[m][1])
      result[m] = room_end.length - 1
    end
  end
  return result
end
