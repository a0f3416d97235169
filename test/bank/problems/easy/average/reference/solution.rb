def average(values)
  raise ArgumentError, 'no values' if values.empty?

  values.sum.to_f / values.size
end
