
def count_in_range(values, low, high)
  values.count { |value| value.between?(low, high) }
end
