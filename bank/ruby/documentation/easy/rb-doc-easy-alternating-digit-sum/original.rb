
def alternating_digit_sum(number)
  number.abs.digits.reverse.each_with_index.sum do |digit, index|
    index.even? ? digit : -digit
  end
end
