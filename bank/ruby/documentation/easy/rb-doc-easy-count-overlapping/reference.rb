
# Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
#
# @param text [Object] the text (string) the description refers to as `text`
# @param pattern [Object] the pattern (string) the description refers to as `pattern`
# @return [Object] the result described above (int)
# @raise [ArgumentError] when the pattern is empty
def count_overlapping(text, pattern)
  raise ArgumentError, 'pattern must not be empty' if pattern.empty?

  (0...text.size).count { |start| text[start, pattern.size] == pattern }
end
