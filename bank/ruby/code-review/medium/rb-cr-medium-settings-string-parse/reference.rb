# Parse "key=value; key=value" settings strings into a Hash.

def strip_spaces(text)
  text.gsub(/\A +| +\z/, '')
end

def parse_segment(segment)
  key, separator, value = segment.partition('=')
  key = strip_spaces(key)
  raise ArgumentError, "malformed segment: #{segment.inspect}" if separator.empty? || key.empty?

  [key, strip_spaces(value)]
end

def parse_settings(text)
  segments = text.split(';').map { |segment| strip_spaces(segment) }.reject(&:empty?)
  segments.to_h { |segment| parse_segment(segment) }
end
