
# Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param width [Object] the width (int) the description refers to as `width`
# @return [Object] the result described above (list of int)
# @raise [ArgumentError] when width is smaller than 1, or a value is negative
def histogram_bins(values, width)
  raise ArgumentError, 'width must be at least 1' if width < 1
  raise ArgumentError, 'values must not be negative' if values.any?(&:negative?)
  return [] if values.empty?

  counts = Array.new(values.max / width + 1, 0)
  values.each { |value| counts[value / width] += 1 }
  counts
end
