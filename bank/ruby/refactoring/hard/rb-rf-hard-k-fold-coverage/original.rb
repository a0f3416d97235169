def covered_at_least(intervals, k)
  pts = []
  for i in 0...intervals.length
    found = false
    for j in 0...pts.length
      if pts[j] == intervals[i][0]
        found = true
      end
    end
    if found == false
      pts.push(intervals[i][0])
    end
    found = false
    for j in 0...pts.length
      if pts[j] == intervals[i][1]
        found = true
      end
    end
    if found == false
      pts.push(intervals[i][1])
    end
  end
  for i in 0...pts.length
    for j in 0...(pts.length - 1)
      if pts[j] > pts[j + 1]
        tmp = pts[j]
        pts[j] = pts[j + 1]
        pts[j + 1] = tmp
      end
    end
  end
  total = 0
  for i in 0...(pts.length - 1)
    a = pts[i]
    b = pts[i + 1]
    c = 0
    for j in 0...intervals.length
      if intervals[j][0] <= a
        if intervals[j][1] >= b
          c = c + 1
          if c >= k
            if c == k
              total = total + (b - a)
            end
          end
        end
      end
    end
  end
  return total
end
