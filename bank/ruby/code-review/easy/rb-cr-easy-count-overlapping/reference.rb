# Count occurrences of a pattern, overlapping ones included.

def count_overlapping(text, pattern)
  raise ArgumentError, 'pattern must not be empty' if pattern.empty?

  (0...text.size).count { |start| text[start, pattern.size] == pattern }
end
