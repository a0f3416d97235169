
MIN_VALUES = 3

# Return the arithmetic mean of the values after removing one occurrence of the smallest value and one occurrence of the largest value.
#
# @param values [Object] the values (list of float) the description refers to as `values`
# @return [Object] the result described above (float)
# @raise [ArgumentError] when there are fewer than three values
def trimmed_mean(values)
  if values.size < MIN_VALUES
    raise ArgumentError, "need at least #{MIN_VALUES} values, got #{values.size}"
  end

  kept = values.sum - values.min - values.max
  kept.fdiv(values.size - 2)
end
