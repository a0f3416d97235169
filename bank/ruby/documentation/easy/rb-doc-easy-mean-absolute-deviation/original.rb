
def mean_absolute_deviation(values)
  raise ArgumentError, 'values must not be empty' if values.empty?

  mean = values.sum.fdiv(values.size)
  values.sum { |value| (value - mean).abs } / values.size
end
