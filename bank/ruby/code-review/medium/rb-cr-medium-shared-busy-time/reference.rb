# Total time during which two people's busy intervals overlap.

def merge_intervals(intervals)
  intervals.sort.each_with_object([]) do |(start, finish), merged|
    if merged.any? && start <= merged.last[1]
      merged.last[1] = [merged.last[1], finish].max
    else
      merged << [start, finish]
    end
  end
end

def shared_busy_time(first, second)
  a = merge_intervals(first)
  b = merge_intervals(second)
  i = j = total = 0
  while i < a.size && j < b.size
    overlap = [a[i][1], b[j][1]].min - [a[i][0], b[j][0]].max
    total += [overlap, 0].max
    a[i][1] < b[j][1] ? i += 1 : j += 1
  end
  total
end
