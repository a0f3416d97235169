
def digit_sum_steps(n)
  number = n.abs
  steps = 0
  while number >= 10
    number = number.digits.sum
    steps += 1
  end
  steps
end
