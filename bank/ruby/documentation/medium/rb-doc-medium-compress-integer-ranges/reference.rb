
MIN_RANGE_LENGTH = 3

# Helper for compress integers into ranges.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the computed value
def consecutive_runs(values)
  values.uniq.sort.slice_when { |previous, current| current != previous + 1 }.to_a
end

# Helper for compress integers into ranges.
#
# @param run [Object] the run to work on
# @return [Object] the computed value
def format_run(run)
  run.size >= MIN_RANGE_LENGTH ? ["#{run.first}..#{run.last}"] : run.map(&:to_s)
end

# Describe a collection of integers compactly.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (string)
def compress_ranges(values)
  consecutive_runs(values).flat_map { |run| format_run(run) }.join(',')
end
