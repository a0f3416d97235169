# Parse "key=value;key=value" settings with integer values.

INTEGER_VALUE = /\A-?[0-9]+\z/.freeze

def parse_setting(piece)
  key, separator, value = piece.partition('=')
  key = key.strip
  value = value.strip
  raise ArgumentError, "not a key=value pair: #{piece.inspect}" if separator.empty? || key.empty?
  unless INTEGER_VALUE.match?(value)
    raise ArgumentError, "value of #{key.inspect} is not an integer: #{value.inspect}"
  end

  [key, value.to_i]
end

def parse_key_values(text)
  return {} if text.strip.empty?

  text.split(';', -1).to_h { |piece| parse_setting(piece) }
end
