
# Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
#
# @param lines [Object] the lines (list of string) the description refers to as `lines`
# @return [Object] the result described above (list of string)
def right_align(lines)
  width = lines.map(&:length).max || 0
  lines.map { |line| line.rjust(width) }
end
