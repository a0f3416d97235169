# Mean of a list without one smallest and one largest value.

MIN_VALUES = 3

def trimmed_mean(values)
  if values.size <= MIN_VALUES
    raise ArgumentError, "need at least #{MIN_VALUES} values, got #{values.size}"
  end

  kept = values.sum - values.min - values.max
  kept.fdiv(values.size - 2)
end
