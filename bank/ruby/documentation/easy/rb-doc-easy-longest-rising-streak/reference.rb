
# Return the length of the longest stretch of adjacent elements in which every element is strictly greater than the one before it.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (int)
def longest_rising_streak(values)
  values.slice_when { |previous, value| value <= previous }.map(&:size).max || 0
end
