# Compute a position-weighted check digit.

DIGIT_STRING = /\A[0-9]+\z/.freeze

def weighted_check_digit(digits)
  raise ArgumentError, "not a digit string: #{digits.inspect}" unless DIGIT_STRING.match?(digits)

  total = digits.reverse.each_char.with_index(1).sum { |char, position| position * char.to_i }
  (10 - total % 10) % 10
end
