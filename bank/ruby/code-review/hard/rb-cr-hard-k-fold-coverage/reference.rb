# Total length covered by at least k intervals, by sweeping over the endpoints.

def covered_at_least(intervals, k)
  delta = Hash.new(0)
  intervals.each do |start, finish|
    delta[start] += 1
    delta[finish] -= 1
  end
  total = 0
  depth = 0
  previous = nil
  delta.keys.sort.each do |point|
    total += point - previous if previous && depth >= k
    depth += delta[point]
    previous = point
  end
  total
end
