
# Classify the order of a list of integers.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (string)
def sort_direction(values)
  pairs = values.each_cons(2).to_a
  return 'constant' if pairs.all? { |a, b| a == b }
  return 'ascending' if pairs.all? { |a, b| a <= b }
  return 'descending' if pairs.all? { |a, b| a >= b }

  'mixed'
end
