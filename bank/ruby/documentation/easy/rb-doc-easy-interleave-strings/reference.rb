
# Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
#
# @param first [Object] the first (string) the description refers to as `first`
# @param second [Object] the second (string) the description refers to as `second`
# @return [Object] the result described above (string)
def interleave_strings(first, second)
  length = [first.length, second.length].max
  (0...length).map { |index| "#{first[index]}#{second[index]}" }.join
end
