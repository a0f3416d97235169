# Write a set of integers as comma-separated values and "first..last" ranges.

MIN_RANGE_LENGTH = 3

def consecutive_runs(values)
  values.uniq.sort.slice_when { |previous, current| current != previous + 1 }.to_a
end

def format_run(run)
  run.size >= MIN_RANGE_LENGTH ? ["#{run.first}..#{run.last}"] : run.map(&:to_s)
end

def compress_ranges(values)
  consecutive_runs(values).flat_map { |run| format_run(run) }.join(',')
end
