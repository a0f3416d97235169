
# Count how many times the sign changes along the list.
#
# @param values [Object] the values (list of int) the description refers to as `values`
# @return [Object] the result described above (int)
def count_sign_changes(values)
  values.reject(&:zero?).each_cons(2).count { |left, right| left.positive? != right.positive? }
end
