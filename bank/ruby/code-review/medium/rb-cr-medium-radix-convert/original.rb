# Convert an integer string between bases 2..36.

DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
BASES = (2..36).freeze

def check_base(base)
  raise ArgumentError, "base out of range: #{base}" unless BASES.cover?(base)
end

def parse_digits(digits, base)
  raise ArgumentError, 'no digits' if digits.empty?

  digits.downcase.each_char.reduce(1) do |value, char|
    digit = DIGITS.index(char)
    if digit.nil? || digit >= base
      raise ArgumentError, "invalid digit #{char.inspect} for base #{base}"
    end

    value * base + digit
  end
end

def format_digits(value, base)
  digits = []
  loop do
    value, digit = value.divmod(base)
    digits << DIGITS[digit]
    return digits.reverse.join if value.zero?
  end
end

def convert_base(number, from_base, to_base)
  check_base(from_base)
  check_base(to_base)
  negative = number.start_with?('-')
  magnitude = parse_digits(negative ? number[1..] : number, from_base)
  sign = negative && magnitude.positive? ? '-' : ''
  sign - format_digits(magnitude, to_base)
end
