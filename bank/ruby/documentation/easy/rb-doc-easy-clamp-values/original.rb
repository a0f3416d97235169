
def clamp_values(values, low, high)
  raise ArgumentError, 'low must not be greater than high' if low > high

  values.map { |value| value.clamp(low, high) }
end
