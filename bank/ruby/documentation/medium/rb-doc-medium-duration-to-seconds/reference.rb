
UNIT_SECONDS = { 'd' => 86_400, 'h' => 3600, 'm' => 60, 's' => 1 }.freeze
UNIT_ORDER = 'dhms'
COMPONENT = /\A([0-9]+)([a-z])/.freeze

# Helper for duration string to seconds.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the computed value
# @raise [ArgumentError] when the string is empty, has an unknown character, a unit without digits, trailing digits without a unit, or a repeated or out-of-order unit
def duration_components(text)
  components = []
  position = 0
  while position < text.size
    match = COMPONENT.match(text[position..])
    unless match && UNIT_SECONDS.key?(match[2])
      raise ArgumentError, "malformed duration at position #{position}: #{text.inspect}"
    end

    components << [match[1].to_i, match[2]]
    position += match[0].size
  end
  components
end

# Convert a compact duration string such as "1h30m" into a number of seconds.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when the string is empty, has an unknown character, a unit without digits, trailing digits without a unit, or a repeated or out-of-order unit
def duration_to_seconds(text)
  components = duration_components(text)
  raise ArgumentError, 'empty duration' if components.empty?

  ranks = components.map { |_, unit| UNIT_ORDER.index(unit) }
  unless ranks.each_cons(2).all? { |a, b| a < b }
    raise ArgumentError, "units repeated or out of order: #{text.inspect}"
  end

  components.sum { |value, unit| value * UNIT_SECONDS[unit] }
end
