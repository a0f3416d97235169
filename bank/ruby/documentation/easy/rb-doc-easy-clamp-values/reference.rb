
# Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param low [Object] the low (int) the description refers to as `low`
# @param high [Object] the high (int) the description refers to as `high`
# @return [Object] the result described above (list of int)
# @raise [ArgumentError] when low is greater than high
def clamp_values(values, low, high)
  raise ArgumentError, 'low must not be greater than high' if low > high

  values.map { |value| value.clamp(low, high) }
end
