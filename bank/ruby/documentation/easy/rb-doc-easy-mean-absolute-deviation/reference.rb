
# Return the mean absolute deviation of the values: first compute their arithmetic mean, then the distance (the absolute difference) of every value from that mean, and return the arithmetic mean of those distances.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (float)
# @raise [ArgumentError] when the list is empty
def mean_absolute_deviation(values)
  raise ArgumentError, 'values must not be empty' if values.empty?

  mean = values.sum.fdiv(values.size)
  values.sum { |value| (value - mean).abs } / values.size
end
