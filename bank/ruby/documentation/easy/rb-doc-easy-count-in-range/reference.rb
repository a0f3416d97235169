
# Count the values that lie in the closed range [low, high], that is, the values v with low <= v <= high (both bounds included).
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @param low [Object] the low (int) the description refers to as `low`
# @param high [Object] the high (int) the description refers to as `high`
# @return [Object] the result described above (int)
def count_in_range(values, low, high)
  values.count { |value| value.between?(low, high) }
end
