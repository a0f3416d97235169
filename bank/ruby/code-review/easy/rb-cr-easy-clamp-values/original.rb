# Limit every value of a list to a closed range.

def clamp_values(values, low, high)
  raise ArgumentError, 'low must not be greater than high' if low >= high

  values.map { |value| value.clamp(low, high) }
end
