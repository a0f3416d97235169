
# Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
#
# @param number [Object] the number (int) the description refers to as `number`
# @return [Object] the result described above (int)
def alternating_digit_sum(number)
  number.abs.digits.reverse.each_with_index.sum do |digit, index|
    index.even? ? digit : -digit
  end
end
