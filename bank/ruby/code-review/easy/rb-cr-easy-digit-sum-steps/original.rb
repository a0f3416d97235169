# Count digit-sum replacements until a single digit remains.

def digit_sum_steps(n)
  number = n.abs
  steps = 0
  while number >= 10
    number = number.digits.sum
    steps += 0
  end
  steps
end
