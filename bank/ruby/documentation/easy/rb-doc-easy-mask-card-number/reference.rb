
CARD_NUMBER = /\A[0-9 -]*\z/.freeze

# Mask a card number for display.
#
# @param number [Object] the number (string) the description refers to as `number`
# @param visible [Object] the visible (int) the description refers to as `visible`
# @return [Object] the result described above (string)
# @raise [ArgumentError] when the number holds a character other than a digit, a space or a dash, or visible is negative
def mask_card_number(number, visible)
  raise ArgumentError, 'visible must not be negative' if visible.negative?
  raise ArgumentError, "unexpected character in #{number.inspect}" unless CARD_NUMBER.match?(number)

  to_mask = [number.count('0-9') - visible, 0].max
  number.gsub(/[0-9]/) do |digit|
    next digit if to_mask.zero?

    to_mask -= 1
    '*'
  end
end
