
# Helper for parse a settings string.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the computed value
def strip_spaces(text)
  text.gsub(/\A +| +\z/, '')
end

# Helper for parse a settings string.
#
# @param segment [Object] the segment to work on
# @return [Object] the computed value
# @raise [ArgumentError] when a non-empty segment has no '=' or an empty key
def parse_segment(segment)
  key, separator, value = segment.partition('=')
  key = strip_spaces(key)
  raise ArgumentError, "malformed segment: #{segment.inspect}" if separator.empty? || key.empty?

  [key, strip_spaces(value)]
end

# Parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.
#
# @param text [Object] the text (string) the description refers to as `text`
# @return [Object] the result described above (map of string)
def parse_settings(text)
  segments = text.split(';').map { |segment| strip_spaces(segment) }.reject(&:empty?)
  segments.to_h { |segment| parse_segment(segment) }
end
