
# Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
#
# @param n [Object] the n (int) the description refers to as `n`
# @return [Object] the result described above (int)
def digit_sum_steps(n)
  number = n.abs
  steps = 0
  while number >= 10
    number = number.digits.sum
    steps += 1
  end
  steps
end
