
# Return the largest value of the list that is strictly smaller than its maximum, that is, the second largest distinct value.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (optional of int)
def second_largest_distinct(values)
  values.uniq.max(2)[1]
end
