
# Group the list into consecutive pairs that do not overlap (the 1st with the 2nd element, the 3rd with the 4th, and so on) and return the sum of each pair, in order.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (list of int)
def pair_sums(values)
  values.each_slice(2).map(&:sum)
end
