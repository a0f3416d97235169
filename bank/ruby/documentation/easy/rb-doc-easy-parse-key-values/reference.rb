
INTEGER_VALUE = /\A-?[0-9]+\z/.freeze

# Helper for parse integer settings.
#
# @param piece [Object] the piece to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a piece has no "=", an empty key, or a value that is not an integer
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

# Parse settings written as "key=value" pairs separated by semicolons, such as "width=40;height=-3", into a map from key to integer value.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (map of int)
def parse_key_values(text)
  return {} if text.strip.empty?

  text.split(';', -1).to_h { |piece| parse_setting(piece) }
end
