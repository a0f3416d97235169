# Count the values of a list that lie in a closed range.

def count_in_range(values, low, high)
  values.count { |value| value.between?(low, high) }
end
