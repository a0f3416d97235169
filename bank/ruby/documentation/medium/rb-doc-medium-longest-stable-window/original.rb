
def push_extreme(window, readings, index, keep_larger)
  value = readings[index]
  window.pop while window.any? && (readings[window.last] <= value) == keep_larger
  window << index
end

def longest_stable_window(readings, tolerance)
  highs = []
  lows = []
  start = 0
  best = 0
  readings.each_index do |finish|
    push_extreme(highs, readings, finish, true)
    push_extreme(lows, readings, finish, false)
    while readings[highs.first] - readings[lows.first] > tolerance
      start += 1
      highs.shift if highs.first < start
      lows.shift if lows.first < start
    end
    best = [best, finish - start + 1].max
  end
  best
end
