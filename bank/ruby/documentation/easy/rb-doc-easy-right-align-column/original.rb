
def right_align(lines)
  width = lines.map(&:length).max || 0
  lines.map { |line| line.rjust(width) }
end
