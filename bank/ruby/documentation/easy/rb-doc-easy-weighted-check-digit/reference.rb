
DIGIT_STRING = /\A[0-9]+\z/.freeze

# Compute the check digit of a string of decimal digits.
#
# @param digits [Object] the digits (string) the description refers to as `digits`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when the string is empty or holds a character other than 0 to 9
def weighted_check_digit(digits)
  raise ArgumentError, "not a digit string: #{digits.inspect}" unless DIGIT_STRING.match?(digits)

  total = digits.reverse.each_char.with_index(1).sum { |char, position| position * char.to_i }
  (10 - total % 10) % 10
end
