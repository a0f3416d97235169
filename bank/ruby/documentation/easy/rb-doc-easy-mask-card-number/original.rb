
CARD_NUMBER = /\A[0-9 -]*\z/.freeze

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
