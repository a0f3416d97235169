
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
BASES = (2..36).freeze

# Helper for convert between number bases.
#
# @param base [Object] the base to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a base is outside 2..36, the number has no digits, or a character is not a valid digit in from_base
def check_base(base)
  raise ArgumentError, "base out of range: #{base}" unless BASES.cover?(base)
end

# Helper for convert between number bases.
#
# @param digits [Object] the digits to work on
# @param base [Object] the base to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a base is outside 2..36, the number has no digits, or a character is not a valid digit in from_base
def parse_digits(digits, base)
  raise ArgumentError, 'no digits' if digits.empty?

  digits.downcase.each_char.reduce(0) do |value, char|
    digit = DIGITS.index(char)
    if digit.nil? || digit >= base
      raise ArgumentError, "invalid digit #{char.inspect} for base #{base}"
    end

    value * base + digit
  end
end

# Helper for convert between number bases.
#
# @param value [Object] the value to work on
# @param base [Object] the base to work on
# @return [Object] the computed value
def format_digits(value, base)
  digits = []
  loop do
    value, digit = value.divmod(base)
    digits << DIGITS[digit]
    return digits.reverse.join if value.zero?
  end
end

# Convert the integer written in `number` from base `from_base` to base `to_base`; both bases are between 2 and 36 inclusive.
#
# @param number [Object] the number (string) the description refers to as `number`
# @param from_base [Object] the from base (int) the description refers to as `from_base`
# @param to_base [Object] the to base (int) the description refers to as `to_base`
# @return [Object] the result described above (string)
def convert_base(number, from_base, to_base)
  check_base(from_base)
  check_base(to_base)
  negative = number.start_with?('-')
  magnitude = parse_digits(negative ? number[1..] : number, from_base)
  sign = negative && magnitude.positive? ? '-' : ''
  sign + format_digits(magnitude, to_base)
end
